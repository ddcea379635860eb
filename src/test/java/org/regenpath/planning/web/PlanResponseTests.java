package org.regenpath.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.IrbApproval;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PathwayFacts;
import org.regenpath.planning.PlanApproval;
import org.regenpath.planning.PlanCost;
import org.regenpath.planning.PlanDetails;
import org.regenpath.planning.PlanStatus;
import org.regenpath.planning.PlanVersion;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.PlannedSite;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import tools.jackson.databind.json.JsonMapper;

/** The API's own plan type reads exactly as the module record did, every version and record within it. */
class PlanResponseTests {

    private static final JsonMapper JSON = ClassificationResponseTests.JSON;
    private static final StaffMember DR = new StaffMember(UserId.of(7), "Dr Ada Okafor");
    private static final LocalDate HARVEST = LocalDate.of(2026, 12, 7);

    /** Everything given: cells, device, rehabilitation, cost, a justification. */
    static PlanDetails full() {
        return new PlanDetails(3, List.of(new PlannedSite(new InjectionSite("knee joint", Laterality.LEFT),
                new BigDecimal("4.0"), 20_000_000L)), PathwayFacts.of(CellSource.AUTOLOGOUS_BONE_MARROW,
                ProductType.BONE_MARROW_CONCENTRATE, IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL),
                "BMC per lab SOP LAB-004", "Centrifuge system X", ImageGuidance.ULTRASOUND, "Partial weight bearing",
                "default", HARVEST, HARVEST, new PlanCost(new BigDecimal("4800"), "USD", "test value"));
    }

    /** What a draft may leave out: cells, device, rehabilitation, harvest date, cost. */
    static PlanDetails sparse() {
        return new PlanDetails(3, List.of(new PlannedSite(new InjectionSite("Achilles tendon", Laterality.RIGHT),
                new BigDecimal("2.5"), null)), PathwayFacts.of(CellSource.ALLOGENEIC_PLACENTAL,
                ProductType.AMNIOTIC_MEMBRANE, null), "Thaw per SOP", null, ImageGuidance.NONE, null, "default",
                null, HARVEST, null);
    }

    static PlanView plan() {
        PlanVersion superseded = new PlanVersion(1, PlanStatus.SUPERSEDED, full(), DR,
                Instant.parse("2026-11-23T09:00:00Z"), new PlanApproval(DR, Instant.parse("2026-11-23T10:00:00.5Z"),
                        RegulatoryPathway.BIOLOGIC_351, "2026-11", new RegulatoryRecord("IND 012345",
                                new IrbApproval("Example IRB", "IRB-2026-118", LocalDate.of(2026, 10, 1)), "NCT0001",
                                "FEI 3001234567", "Eligible")));
        PlanVersion approved = new PlanVersion(2, PlanStatus.APPROVED, full(), DR,
                Instant.parse("2026-11-24T09:00:00Z"), new PlanApproval(DR, Instant.parse("2026-11-24T10:00:00Z"),
                        RegulatoryPathway.NOT_AN_HCTP, "2026-11", RegulatoryRecord.none()));
        PlanVersion draft = new PlanVersion(3, PlanStatus.DRAFT, sparse(), DR, Instant.parse("2026-11-25T09:00:00Z"),
                null);
        return new PlanView(12, PatientId.of(41), 5, List.of(superseded, approved, draft), 2,
                ClassificationResponseTests.derived());
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        PlanView withClassification = plan();
        PlanView without = new PlanView(13, PatientId.of(41), 0, List.of(withClassification.versions().get(2)), null,
                null);
        for (PlanView view : List.of(withClassification, without)) {
            String before = JSON.writeValueAsString(view);
            assertThat(JSON.writeValueAsString(PlanResponse.of(view))).isEqualTo(before);
        }
    }

    @Test
    void keepsTheFieldOrderClientsRead() {
        String json = JSON.writeValueAsString(PlanResponse.of(plan()));
        assertThat(json).startsWith("{\"id\":12,\"patientId\":41,\"version\":5,\"versions\":[{\"number\":1,"
                        + "\"status\":\"SUPERSEDED\",\"details\":{\"targetConditionId\":3,\"sites\":[{\"site\":")
                .contains("\"approval\":{\"approvedBy\":{\"userId\":7,\"displayName\":\"Dr Ada Okafor\"},"
                        + "\"approvedAt\":\"2026-11-23T10:00:00.500Z\",\"pathway\":\"BIOLOGIC_351\"")
                .contains("\"irbApproval\":{\"board\":\"Example IRB\",\"reference\":\"IRB-2026-118\","
                        + "\"approvedOn\":\"2026-10-01\"}")
                .contains("\"cost\":{\"amount\":4800.00,\"currency\":\"USD\",\"covers\":\"test value\"}")
                .contains("\"plannedCells\":null}],\"pathway\":{\"cellSource\":\"ALLOGENEIC_PLACENTAL\"")
                .contains("\"approval\":null}],\"inForce\":2,\"classification\":{\"pathway\":\"BIOLOGIC_351\"");
    }
}
