package org.regenpath.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentStatus;
import org.regenpath.planning.ConsentWithdrawal;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.Measurements;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import tools.jackson.databind.json.JsonMapper;

/** The API's own product type reads exactly as the module record did: consent, custody events, measurements. */
class ProductResponseTests {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final StaffMember LAB = new StaffMember(UserId.of(9), "Lab Tech Lee");
    static final StaffMember DR = new StaffMember(UserId.of(7), "Dr Ada Okafor");
    static final Instant COLLECTED = Instant.parse("2026-12-01T14:00:00Z");

    /** Collected, then released with QC measured in full, then injected with a second person and a site. */
    static ProductView administered() {
        CustodyEvent collected = new CustodyEvent(1, CustodyStep.COLLECTED, ProductState.COLLECTED, LAB, null,
                COLLECTED, "Procedure room 1", null, null, Measurements.none(), Duration.ZERO, null, null, null,
                null);
        CustodyEvent released = new CustodyEvent(2, CustodyStep.RELEASED, ProductState.RELEASED, LAB, DR,
                COLLECTED.plusSeconds(3600), "Lab", "Centrifuge X", "LOT-42", new Measurements(new BigDecimal("8.5"),
                        1_200_000_000L, new BigDecimal("92.5"), 4_000_000L, 1200L), Duration.ofMinutes(60),
                "All criteria met", null, null, COLLECTED.plusSeconds(4000));
        CustodyEvent injected = new CustodyEvent(3, CustodyStep.ADMINISTERED, ProductState.ADMINISTERED, DR, LAB,
                COLLECTED.plusSeconds(7200), "Procedure room 1", null, null, new Measurements(new BigDecimal("4.0"),
                        null, null, null, null), Duration.ofMinutes(120), null, PatientId.of(41),
                new InjectionSite("knee joint", Laterality.LEFT), COLLECTED.plusSeconds(7201).plusNanos(500_000));
        return new ProductView("RP1234567890X", "REGENPATH", PatientId.of(41), 12, 2,
                new ConsentInForce(12, 2, ConsentStatus.VALID, null, "Signed and countersigned."),
                ProductType.BONE_MARROW_CONCENTRATE, CellSource.AUTOLOGOUS_BONE_MARROW, ProductState.ADMINISTERED,
                COLLECTED, COLLECTED.plus(Duration.ofHours(48)), 3, List.of(collected, released, injected),
                ZoneId.of("America/New_York"));
    }

    /** Collected under a consent the patient has since withdrawn. */
    static ProductView withdrawn() {
        CustodyEvent collected = new CustodyEvent(1, CustodyStep.COLLECTED, ProductState.COLLECTED, LAB, null,
                COLLECTED, "Procedure room 1", null, null, Measurements.none(), Duration.ZERO, null, null, null,
                null);
        return new ProductView("RP1234567891X", "REGENPATH", PatientId.of(42), 13, 1,
                new ConsentInForce(13, 1, ConsentStatus.WITHDRAWN, new ConsentWithdrawal("Changed her mind", DR,
                        COLLECTED.plusSeconds(60)), "The patient withdrew consent."),
                ProductType.PLATELET_RICH_PLASMA, CellSource.AUTOLOGOUS_PERIPHERAL_BLOOD, ProductState.COLLECTED,
                COLLECTED, null, 0, List.of(collected), ZoneId.of("Europe/Berlin"));
    }

    /** No consent read and no events. */
    static ProductView bare() {
        return new ProductView("RP1234567892X", "REGENPATH", PatientId.of(43), 14, 1, null,
                ProductType.ADIPOSE_SVF_ENZYMATIC, CellSource.AUTOLOGOUS_ADIPOSE, ProductState.COLLECTED, COLLECTED,
                null, 0, List.of(), ZoneId.of("UTC"));
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        for (ProductView view : List.of(administered(), withdrawn(), bare())) {
            String before = JSON.writeValueAsString(view);
            assertThat(JSON.writeValueAsString(ProductResponse.of(view))).isEqualTo(before);
        }
    }

    @Test
    void keepsTheFieldOrderClientsRead() {
        assertThat(JSON.writeValueAsString(ProductResponse.of(administered())))
                .startsWith("{\"productId\":\"RP1234567890X\",\"scheme\":\"REGENPATH\",\"patientId\":41,\"planId\":12,"
                        + "\"planVersion\":2,\"consent\":{\"planId\":12,\"versionNumber\":2,\"status\":\"VALID\","
                        + "\"withdrawal\":null,")
                .contains("{\"sequence\":2,\"step\":\"RELEASED\",\"stateAfter\":\"RELEASED\",\"performedBy\":"
                        + "{\"userId\":9,\"displayName\":\"Lab Tech Lee\"},\"confirmedBy\":{\"userId\":7,")
                .contains("\"measurements\":{\"volumeMl\":8.5,\"totalNucleatedCells\":1200000000,"
                        + "\"viabilityPercent\":92.5,\"cd34PositiveCells\":4000000,\"cfuF\":1200,\"empty\":false}")
                .contains("\"administeredTo\":41,\"site\":{\"region\":\"knee joint\"")
                .endsWith("\"zone\":\"America/New_York\"}");
        assertThat(JSON.writeValueAsString(ProductResponse.of(withdrawn())))
                .contains("\"measurements\":{\"volumeMl\":null,\"totalNucleatedCells\":null,\"viabilityPercent\":null,"
                        + "\"cd34PositiveCells\":null,\"cfuF\":null,\"empty\":true}")
                .contains("\"withdrawal\":{\"reason\":\"Changed her mind\",\"recordedBy\":{\"userId\":7,")
                .contains("\"expiresAt\":null");
        assertThat(JSON.writeValueAsString(ProductResponse.of(bare()))).contains("\"consent\":null,")
                .contains("\"events\":[]");
    }
}
