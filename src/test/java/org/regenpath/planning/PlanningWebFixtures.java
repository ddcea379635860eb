package org.regenpath.planning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regenpath.intake.Answer;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.DecisionInput;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreenInput;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * Builds patients for planning integration tests through the patient and intake modules' public APIs, as the
 * system actor of a clinic, the way intake's own tests do.
 */
final class PlanningWebFixtures {

    /** A patient with a knee condition and, when {@code decision} is not null, a recorded candidacy decision. */
    record Candidate(PatientId patient, long conditionId) {}

    private PlanningWebFixtures() {}

    static Candidate candidate(PatientRegistry registry, PainProfiles profiles, CandidacyScreening screening,
            ClinicId clinic, String mrn, Outcome decision) {
        Actor system = Actor.system(clinic);
        PatientId patient = registry.register(system, new PatientDetails(
                mrn, "Testa", "Planning", LocalDate.of(1958, 3, 9), SexAtBirth.M, null, null, null)).id();
        LocalDate today = LocalDate.now();
        long condition = profiles.addCondition(system, patient, new ConditionInput("knee-oa", "M17.12", "KNEE",
                Laterality.LEFT, today.minusYears(2), 6, 2, "Worse on stairs", List.of(
                        new TreatmentInput(TreatmentCategory.NSAID, "Naproxen 500 mg", 26,
                                TreatmentResponse.LOSS_OF_EFFECT),
                        new TreatmentInput(TreatmentCategory.PHYSICAL_THERAPY, null, 12,
                                TreatmentResponse.PARTIAL_RELIEF)))).id();
        Map<HealthFact, Answer> answers = new EnumMap<>(HealthFact.class);
        for (HealthFact fact : HealthFact.values()) {
            answers.put(fact, Answer.NO);
        }
        profiles.updateHealthScreen(system, patient, new HealthScreenInput(answers, null, null), 0);
        if (decision != null) {
            Outcome evaluated = screening.evaluate(system, patient).outcome();
            String reason = decision == evaluated ? null : "Test fixture override";
            screening.decide(system, patient, new DecisionInput(decision, reason, null, null));
        }
        return new Candidate(patient, condition);
    }

    /** A bone marrow concentrate plan to the left knee, harvest and injection the same day, as JSON. */
    static String marrowPlanJson(long conditionId, String productType, String manipulation, String extra) {
        String day = LocalDate.now().plusDays(14).toString();
        return """
                {"targetConditionId": %d,
                 "sites": [{"region": "knee joint", "laterality": "LEFT", "plannedVolumeMl": 4.0}],
                 "pathway": {"cellSource": "AUTOLOGOUS_BONE_MARROW", "productType": "%s", %s
                             "use": "HOMOLOGOUS", "sameSurgicalProcedure": true},
                 "processingMethod": "BMC per lab SOP LAB-004", "processingDevice": "Centrifuge system X",
                 "imageGuidance": "ULTRASOUND", "followUpTemplateId": "knee-oa-12m",
                 "plannedHarvestDate": "%s", "plannedProcedureDate": "%s"%s}"""
                .formatted(conditionId, productType,
                        manipulation == null ? "" : "\"manipulation\": \"" + manipulation + "\",", day, day,
                        extra == null ? "" : ", " + extra);
    }
}
