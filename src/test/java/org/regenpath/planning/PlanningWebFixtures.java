package org.regenpath.planning;

import java.time.LocalDate;

/** JSON bodies for planning integration tests. */
final class PlanningWebFixtures {

    private PlanningWebFixtures() {}

    /** A plan to the left knee, harvest and injection the same day, its cost stated, as JSON; {@code extra} adds fields. */
    static String marrowPlanJson(long conditionId, String productType, String manipulation, String extra) {
        String day = LocalDate.now().plusDays(14).toString();
        return """
                {"targetConditionId": %d,
                 "sites": [{"region": "knee joint", "laterality": "LEFT", "plannedVolumeMl": 4.0}],
                 "pathway": {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "%s", %s
                             "use": "HOMOLOGOUS", "sameSurgicalProcedure": true,
                             "systemicOrLivingCellFunction": true},
                 "processingMethod": "BMC per lab SOP LAB-004", "processingDevice": "Centrifuge system X",
                 "imageGuidance": "ULTRASOUND", "followUpTemplateId": "default",
                 "plannedHarvestDate": "%s", "plannedProcedureDate": "%s",
                 "cost": {"amount": 4800, "currency": "USD", "covers": "test value"}%s}"""
                .formatted(conditionId, productType,
                        manipulation == null ? "" : "\"manipulation\": \"" + manipulation + "\",", day, day,
                        extra == null ? "" : ", " + extra);
    }
}
