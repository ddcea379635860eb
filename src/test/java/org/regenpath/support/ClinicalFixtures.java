package org.regenpath.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * The first steps of the treatment path ({@link TreatmentPaths}) for tests that hold only the intake or planning
 * services: a patient with a knee condition, an all-NO health screen and, optionally, a candidacy decision, all as
 * the system actor of a clinic; an approved plan, with the patient's consent signed first as approval requires.
 * New tests take {@link TreatmentPaths} itself.
 */
public final class ClinicalFixtures {

    /** The fixture patient's name as registered, given name first: what they type to sign a consent. */
    public static final String PATIENT_NAME = TreatmentPaths.PATIENT_NAME;

    /** A patient and their pain condition. */
    public record Candidate(PatientId patient, long conditionId) {}

    private ClinicalFixtures() {}

    /** A patient with a knee condition and, when {@code decision} is not null, a recorded candidacy decision. */
    public static Candidate candidate(PatientRegistry registry, PainProfiles profiles, CandidacyScreening screening,
            ClinicId clinic, String mrn, Outcome decision) {
        Actor system = Actor.system(clinic);
        PatientPath path = paths(registry, profiles, screening, null, null)
                .path(new TreatmentPaths.Staff(system, system, null, null, null))
                .patient(mrn)
                .screened(TreatmentPaths.leftKneeOsteoarthritis(LocalDate.now()),
                        TreatmentPaths.healthScreen(new BigDecimal("27.0")));
        if (decision != null) {
            path.decided(decision, "Test fixture override", null);
        }
        return new Candidate(path.patientId(), path.conditionId());
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
        return planning(plans, consents, clinician, c.patient()).targeting(c.conditionId())
                .plan(marrowPlan(c, day)).consented().approved().planView().id();
    }

    /** A bone marrow concentrate plan (not an HCT/P, 1271.3(d)(4)) to the left knee for tomorrow, cost stated. */
    public static PlanInput marrowPlan(Candidate c) {
        return marrowPlan(c, LocalDate.now().plusDays(1));
    }

    /** A bone marrow concentrate plan to the left knee, harvest and injection on {@code day}, cost stated. */
    public static PlanInput marrowPlan(Candidate c, LocalDate day) {
        return TreatmentPaths.targeting(TreatmentPaths.marrowPlan(TreatmentPaths.leftKnee(), day), c.conditionId());
    }

    /**
     * The patient of {@link #candidate} signs the consent to a plan version as shown, and {@code clinician} (a
     * demo clinician, signing with the test password) countersigns: what approval of that version needs.
     */
    public static void signConsent(PlanConsents consents, Actor clinician, PatientId patient, long planId,
            int version) {
        planning(null, consents, clinician, patient).consented(planId, version);
    }

    private static PatientPath planning(TreatmentPlans plans, PlanConsents consents, Actor clinician,
            PatientId patient) {
        return paths(null, null, null, plans, consents)
                .path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null, null,
                        WebIT.DEMO_PASSWORD))
                .patient(patient, PATIENT_NAME);
    }

    /** The path over only the services this helper was given; the steps used need no others. */
    private static TreatmentPaths paths(PatientRegistry registry, PainProfiles profiles,
            CandidacyScreening screening, TreatmentPlans plans, PlanConsents consents) {
        return new TreatmentPaths(registry, profiles, screening, plans, consents, null, null, null, null, null,
                null);
    }
}
