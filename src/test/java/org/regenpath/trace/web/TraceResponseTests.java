package org.regenpath.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.ProductState;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.trace.LotTrace;
import org.regenpath.trace.PatientTrace;
import org.regenpath.trace.TracedPatient;
import org.regenpath.trace.TracedProduct;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own trace types (a traced product, a patient's trace, a lot's trace) read exactly as the module records
 * did, field for field and in the same order, with and without an administration and a procedure.
 */
class TraceResponseTests {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static final TracedPatient PATIENT = new TracedPatient(PatientId.of(7), "Doe, Jane",
            "Doe, Jane · 1960-05-01 · MRN-0007", "MRN-0007", true);

    /** An administered product with a late entry and its procedure. */
    static TracedProduct administered() {
        return new TracedProduct("RP1234567890X", ProductType.BONE_MARROW_CONCENTRATE,
                CellSource.AUTOLOGOUS_BONE_MARROW, ProductState.ADMINISTERED, Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-02T09:00:00Z"), PATIENT,
                List.of(new TracedProduct.Material(1, CustodyStep.COLLECTED, Instant.parse("2026-12-01T09:00:00Z"),
                                "Centrifuge C-7", "KIT-2026-11", "Dr Ada Lovelace", null),
                        new TracedProduct.Material(3, CustodyStep.QC_RECORDED, Instant.parse("2026-12-01T11:00:00Z"),
                                null, "QC-LOT-4", "Lab Tech", Instant.parse("2026-12-01T15:00:00.25Z"))),
                new TracedProduct.Administration(Instant.parse("2026-12-01T15:30:00Z"), PatientId.of(7),
                        new InjectionSite("knee joint", Laterality.LEFT), "Dr Ada Lovelace", "Nurse Nora",
                        Instant.parse("2026-12-01T16:00:00Z")),
                new TracedProduct.Procedure(41, Instant.parse("2026-12-01T15:30:00Z"), "Dr Ada Lovelace"));
    }

    /** A product still in processing: no materials, no administration, no procedure. */
    static TracedProduct inProcessing() {
        return new TracedProduct("RP0000000001A", ProductType.PLATELET_RICH_PLASMA, CellSource.AUTOLOGOUS_ADIPOSE,
                ProductState.PROCESSING, Instant.parse("2026-12-03T09:00:00Z"), null,
                new TracedPatient(PatientId.of(8), "Roe, Richard", "Roe, Richard · 1970-01-01 · MRN-0008", "MRN-0008",
                        false), List.of(), null, null);
    }

    @Test
    void aTracedProductSerialisesAsTheModuleRecordDid() {
        for (TracedProduct p : List.of(administered(), inProcessing())) {
            String before = JSON.writeValueAsString(p);
            assertThat(JSON.writeValueAsString(TracedProductResponse.of(p))).isEqualTo(before);
        }
        assertThat(JSON.writeValueAsString(TracedProductResponse.of(administered())))
                .startsWith("{\"productId\":\"RP1234567890X\",\"productType\":\"BONE_MARROW_CONCENTRATE\"")
                .contains("\"patient\":{\"id\":7,\"name\":\"Doe, Jane\",\"label\":", "\"chart\":true},\"materials\":"
                        + "[{\"sequence\":1,\"step\":\"COLLECTED\",", "\"recordedLaterAt\":\"2026-12-01T15:00:00.250Z\"}")
                .contains("\"administration\":{\"at\":\"2026-12-01T15:30:00Z\",\"to\":7,\"site\":")
                .endsWith("\"procedure\":{\"id\":41,\"performedAt\":\"2026-12-01T15:30:00Z\","
                        + "\"operator\":\"Dr Ada Lovelace\"}}");
        assertThat(JSON.writeValueAsString(TracedProductResponse.of(inProcessing())))
                .endsWith("\"materials\":[],\"administration\":null,\"procedure\":null}");
    }

    @Test
    void aPatientsTraceSerialisesAsTheModuleRecordDid() {
        for (PatientTrace t : List.of(new PatientTrace(PATIENT, List.of(administered(), inProcessing())),
                new PatientTrace(PATIENT, List.of()))) {
            String before = JSON.writeValueAsString(t);
            assertThat(JSON.writeValueAsString(PatientTraceResponse.of(t))).isEqualTo(before);
        }
        assertThat(JSON.writeValueAsString(PatientTraceResponse.of(new PatientTrace(PATIENT, List.of()))))
                .isEqualTo("{\"patient\":{\"id\":7,\"name\":\"Doe, Jane\",\"label\":\"Doe, Jane · 1960-05-01 · "
                        + "MRN-0007\",\"mrn\":\"MRN-0007\",\"chart\":true},\"products\":[]}");
    }

    @Test
    void aLotsTraceSerialisesAsTheModuleRecordDid() {
        for (LotTrace t : List.of(new LotTrace("KIT-2026-11", null, List.of(administered()), List.of(PATIENT)),
                new LotTrace(null, "Centrifuge C-7", List.of(), List.of()))) {
            String before = JSON.writeValueAsString(t);
            assertThat(JSON.writeValueAsString(LotTraceResponse.of(t))).isEqualTo(before);
        }
        assertThat(JSON.writeValueAsString(LotTraceResponse.of(new LotTrace("KIT-2026-11", null,
                List.of(administered()), List.of(PATIENT)))))
                .startsWith("{\"kitLot\":\"KIT-2026-11\",\"device\":null,\"products\":[{\"productId\":\"RP1234567890X\"")
                .endsWith("\"patients\":[{\"id\":7,\"name\":\"Doe, Jane\",\"label\":\"Doe, Jane · 1960-05-01 · "
                        + "MRN-0007\",\"mrn\":\"MRN-0007\",\"chart\":true}]}");
    }
}
