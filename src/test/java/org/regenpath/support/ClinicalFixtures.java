package org.regenpath.support;

import java.math.BigDecimal;
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
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.ConsentSigning;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * Builds clinical test data through the modules' public APIs, as the system actor of a clinic: a patient with a
 * knee condition, an all-NO health screen and, optionally, a candidacy decision; an approved plan, with the
 * patient's consent signed first as approval requires.
 */
public final class ClinicalFixtures {

    /** The fixture patient's name as registered, given name first: what they type to sign a consent. */
    public static final String PATIENT_NAME = "Testa Planning";

    /** A patient and their pain condition. */
    public record Candidate(PatientId patient, long conditionId) {}

    private ClinicalFixtures() {}

    /** A patient with a knee condition and, when {@code decision} is not null, a recorded candidacy decision. */
    public static Candidate candidate(PatientRegistry registry, PainProfiles profiles, CandidacyScreening screening,
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
        profiles.updateHealthScreen(system, patient, new HealthScreenInput(answers, null, null, null,
                new BigDecimal("27.0")), 0);
        if (decision != null) {
            Outcome evaluated = screening.evaluate(system, patient).outcome();
            String reason = decision == evaluated ? null : "Test fixture override";
            screening.decide(system, patient, new DecisionInput(decision, reason, null, null));
        }
        return new Candidate(patient, condition);
    }


    /**
     * Drafts and approves a bone marrow concentrate plan (not an HCT/P under 21 CFR 1271.3(d)(4)) to the left
     * knee for the candidate, who must be ELIGIBLE; {@code clinician} is a demo clinician of the patient's clinic,
     * who obtains the patient's consent first ({@link #signConsent}). Returns the plan id.
     */
    public static long approvedMarrowPlan(TreatmentPlans plans, PlanConsents consents, Actor clinician,
            Candidate c) {
        return approvedMarrowPlan(plans, consents, clinician, c, LocalDate.now().plusDays(1));
    }

    /** As {@link #approvedMarrowPlan(TreatmentPlans, PlanConsents, Actor, Candidate)}, planned on {@code day}. */
    public static long approvedMarrowPlan(TreatmentPlans plans, PlanConsents consents, Actor clinician,
            Candidate c, LocalDate day) {
        PlanView draft = plans.create(clinician, c.patient(), marrowPlan(c, day));
        signConsent(consents, clinician, c.patient(), draft.id(), 1);
        return plans.approve(clinician, c.patient(), draft.id(), RegulatoryRecord.none(), draft.version()).id();
    }

    /** A bone marrow concentrate plan (not an HCT/P, 1271.3(d)(4)) to the left knee for tomorrow, cost stated. */
    public static PlanInput marrowPlan(Candidate c) {
        return marrowPlan(c, LocalDate.now().plusDays(1));
    }

    /** A bone marrow concentrate plan to the left knee, harvest and injection on {@code day}, cost stated. */
    public static PlanInput marrowPlan(Candidate c, LocalDate day) {
        return new PlanInput(c.conditionId(), List.of(new PlanInput.SiteInput("knee joint",
                        org.regenpath.shared.Laterality.LEFT, new BigDecimal("4.0"), null)),
                new PlanInput.PathwayInput(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                        Manipulation.MINIMAL, IntendedUse.HOMOLOGOUS, true, null, null, true, null, null, null),
                "BMC per lab SOP LAB-004", "Centrifuge system X", ImageGuidance.ULTRASOUND, null, "default",
                day, day, new PlanInput.CostInput(new BigDecimal("4800"), "USD", "test value"));
    }

    /**
     * The patient of {@link #candidate} signs the consent to a plan version as shown, and {@code clinician} (a
     * demo clinician, signing with the test password) countersigns: what approval of that version needs.
     */
    public static void signConsent(PlanConsents consents, Actor clinician, PatientId patient, long planId,
            int version) {
        String shown = consents.view(clinician, patient, planId, version).document().sha256();
        consents.sign(clinician, patient, planId, version, new ConsentSigning(PATIENT_NAME, true,
                clinician.username(), WebIT.DEMO_PASSWORD, shown));
    }
}
