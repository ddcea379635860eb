package org.regenpath.demo;

import static org.regenpath.intake.HealthFact.ACTIVE_INFECTION;
import static org.regenpath.intake.HealthFact.ACTIVE_MALIGNANCY;
import static org.regenpath.intake.HealthFact.ANTICOAGULANT;
import static org.regenpath.intake.HealthFact.ASA_III;
import static org.regenpath.intake.HealthFact.ASA_IV_OR_HIGHER;
import static org.regenpath.intake.HealthFact.BLEEDING_DISORDER;
import static org.regenpath.intake.HealthFact.CANCER_HISTORY;
import static org.regenpath.intake.HealthFact.IMMUNOSUPPRESSION;
import static org.regenpath.intake.HealthFact.LOCAL_ANAESTHETIC_ALLERGY;
import static org.regenpath.intake.HealthFact.PREGNANT_OR_BREASTFEEDING;
import static org.regenpath.intake.Laterality.BILATERAL;
import static org.regenpath.intake.Laterality.LEFT;
import static org.regenpath.intake.Laterality.NOT_APPLICABLE;
import static org.regenpath.intake.Laterality.RIGHT;
import static org.regenpath.intake.TreatmentCategory.NERVE_BLOCK;
import static org.regenpath.intake.TreatmentCategory.NSAID;
import static org.regenpath.intake.TreatmentCategory.OTHER_ANALGESIC;
import static org.regenpath.intake.TreatmentCategory.PHYSICAL_THERAPY;
import static org.regenpath.intake.TreatmentCategory.STEROID_INJECTION;
import static org.regenpath.intake.TreatmentResponse.GOOD_RELIEF;
import static org.regenpath.intake.TreatmentResponse.LOSS_OF_EFFECT;
import static org.regenpath.intake.TreatmentResponse.NOT_TOLERATED;
import static org.regenpath.intake.TreatmentResponse.NO_RELIEF;
import static org.regenpath.intake.TreatmentResponse.PARTIAL_RELIEF;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreenInput;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/**
 * A pain profile and health screen for each demo patient, in the order of {@link DemoPatients#PATIENTS}, chosen
 * so that every catalog condition appears and each clinic has patients that screen ELIGIBLE, NEEDS_REVIEW,
 * TRIAL_ONLY and NOT_ELIGIBLE. Onset dates are relative to today so the chronicity stays as intended. Fictional.
 */
@Component
class DemoPainProfiles {

    /** A condition with onset {@code monthsAgo} months before today. */
    record Condition(String id, String code, String site, Laterality side, int monthsAgo, int nrs, Integer kl,
            String notes, List<TreatmentInput> treatments) {}

    /** A patient's conditions, the health-screen facts answered YES (all others NO), or no screen at all. */
    record Profile(List<Condition> conditions, boolean screened, Set<HealthFact> yes, String otherConditions) {}

    static final List<List<Profile>> PROFILES = List.of(
            List.of(
                    allNo(c("knee-oa", "M17.11", "KNEE", RIGHT, 30, 6, 2, "Pain on stairs and after 20 minutes"
                            + " of walking", t(NSAID, "Naproxen 500 mg twice daily", 26, LOSS_OF_EFFECT),
                            t(PHYSICAL_THERAPY, "Quadriceps strengthening", 12, PARTIAL_RELIEF),
                            t(STEROID_INJECTION, "Intra-articular triamcinolone", 1, PARTIAL_RELIEF))),
                    allNo(c("ddd-lumbar", "M51.360", "LUMBAR_SPINE", NOT_APPLICABLE, 40, 7, null,
                            "L4-L5 disc degeneration on MRI", t(PHYSICAL_THERAPY, "Core stabilisation", 16,
                                    PARTIAL_RELIEF), t(NSAID, "Ibuprofen 400 mg", 20, NOT_TOLERATED))),
                    screened(Set.of(ANTICOAGULANT), null, c("knee-oa", "M17.0", "KNEE", BILATERAL, 60, 8, 4, null,
                            t(NSAID, "Celecoxib 200 mg", 52, LOSS_OF_EFFECT), t(PHYSICAL_THERAPY, null, 10,
                                    NO_RELIEF))),
                    allNo(c("achilles-tendinopathy", "M76.62", "ACHILLES_TENDON", LEFT, 9, 5, null, "Runner",
                            t(PHYSICAL_THERAPY, "Eccentric loading", 12, PARTIAL_RELIEF), t(NSAID, null, 4,
                                    PARTIAL_RELIEF))),
                    screened(Set.of(PREGNANT_OR_BREASTFEEDING), null, c("trigeminal-neuralgia", "G50.0", "FACE",
                            RIGHT, 24, 8, null, null, t(OTHER_ANALGESIC, "Carbamazepine", 40, LOSS_OF_EFFECT),
                            t(NERVE_BLOCK, null, 1, PARTIAL_RELIEF))),
                    screened(Set.of(ACTIVE_MALIGNANCY), "Colon cancer, on chemotherapy", c("rotator-cuff", "M75.111",
                            "SHOULDER", RIGHT, 14, 6, null, null, t(PHYSICAL_THERAPY, null, 10, PARTIAL_RELIEF))),
                    allNo(c("ligament-injury", "M23.52", "KNEE", LEFT, 2, 5, null, "Football injury, ACL",
                            t(PHYSICAL_THERAPY, "Post-injury rehabilitation", 6, PARTIAL_RELIEF))),
                    screened(Set.of(ASA_III), "Insulin-treated diabetes, poorly controlled", c("diabetic-neuropathy",
                            "E11.42", "LOWER_LIMB", NOT_APPLICABLE, 48, 7, null, null, t(OTHER_ANALGESIC,
                                    "Duloxetine 60 mg", 30, PARTIAL_RELIEF))),
                    new Profile(List.of(c("low-back-pain", "M54.51", "LUMBAR_SPINE", NOT_APPLICABLE, 20, 6, null,
                            null, t(NSAID, null, 12, PARTIAL_RELIEF), t(PHYSICAL_THERAPY, null, 8, PARTIAL_RELIEF))),
                            false, Set.of(), null),
                    screened(Set.of(ACTIVE_INFECTION), "Infected diabetic foot ulcer, on antibiotics",
                            c("shoulder-oa", "M19.012", "SHOULDER", LEFT, 36, 7, 3, null, t(NSAID, null, 30,
                                    PARTIAL_RELIEF), t(PHYSICAL_THERAPY, null, 8, NO_RELIEF))),
                    allNo(c("neck-pain", "M54.2", "CERVICAL_SPINE", NOT_APPLICABLE, 18, 5, null, "Desk work",
                            t(PHYSICAL_THERAPY, null, 10, GOOD_RELIEF)), c("radiculopathy", "M54.12",
                            "CERVICAL_SPINE", RIGHT, 10, 6, null, "C6 distribution", t(OTHER_ANALGESIC,
                                    "Gabapentin", 12, PARTIAL_RELIEF))),
                    allNo(c("postherpetic-neuralgia", "B02.29", "TRUNK", LEFT, 8, 7, null, "T6 dermatome",
                            t(NERVE_BLOCK, "Intercostal nerve block", 1, PARTIAL_RELIEF)))),
            List.of(
                    allNo(c("knee-oa", "M17.12", "KNEE", LEFT, 26, 6, 3, null, t(NSAID, null, 20, LOSS_OF_EFFECT),
                            t(PHYSICAL_THERAPY, null, 12, PARTIAL_RELIEF))),
                    allNo(c("ddd-lumbar", "M51.360", "LUMBAR_SPINE", NOT_APPLICABLE, 15, 5, null,
                            "Physical therapy started a month ago", t(PHYSICAL_THERAPY, null, 4, PARTIAL_RELIEF))),
                    screened(Set.of(IMMUNOSUPPRESSION), null, c("inflammatory-arthritis", "M05.79",
                            "MULTIPLE_JOINTS", NOT_APPLICABLE, 120, 6, null, "Hands and wrists", t(NSAID, null, 100,
                                    PARTIAL_RELIEF), t(TreatmentCategory.OTHER, "Methotrexate", 200,
                                    PARTIAL_RELIEF))),
                    allNo(c("other-tendinopathy", "M77.11", "ELBOW", RIGHT, 7, 5, null, "Tennis elbow",
                            t(PHYSICAL_THERAPY, null, 8, PARTIAL_RELIEF), t(NSAID, null, 4, PARTIAL_RELIEF))),
                    screened(Set.of(IMMUNOSUPPRESSION), "Relapsing-remitting MS on ocrelizumab", c("ms-pain", "G35.A",
                            "LOWER_LIMB", NOT_APPLICABLE, 30, 6, null, null, t(OTHER_ANALGESIC, "Pregabalin", 24,
                                    PARTIAL_RELIEF), t(PHYSICAL_THERAPY, null, 10, PARTIAL_RELIEF))),
                    screened(Set.of(ASA_IV_OR_HIGHER), "Myocardial infarction six weeks ago", c("osteoporosis-pain",
                            "M81.0", "THORACIC_SPINE", NOT_APPLICABLE, 16, 7, null, null, t(OTHER_ANALGESIC,
                                    "Paracetamol", 52, PARTIAL_RELIEF))),
                    screened(Set.of(BLEEDING_DISORDER), "Von Willebrand disease", c("polyneuropathy", "G62.9",
                            "LOWER_LIMB", NOT_APPLICABLE, 22, 6, null, null, t(OTHER_ANALGESIC, "Duloxetine", 16,
                                    PARTIAL_RELIEF))),
                    allNo(c("sci-pain", "S34.109S", "LOWER_LIMB", NOT_APPLICABLE, 60, 7, null, null,
                            t(OTHER_ANALGESIC, "Pregabalin", 52, PARTIAL_RELIEF), t(PHYSICAL_THERAPY, null, 40,
                                    PARTIAL_RELIEF))),
                    screened(Set.of(CANCER_HISTORY), "Breast cancer 2018, in remission", c("central-post-stroke-pain",
                            "G89.0", "HEMIBODY", LEFT, 20, 7, null, null, t(OTHER_ANALGESIC, "Amitriptyline", 20,
                                    PARTIAL_RELIEF))),
                    screened(Set.of(LOCAL_ANAESTHETIC_ALLERGY), null, c("peripheral-nerve-injury", "G57.92",
                            "LOWER_LIMB", LEFT, 12, 6, null, "Peroneal nerve injury after fracture",
                            t(OTHER_ANALGESIC, "Gabapentin", 10, NOT_TOLERATED), t(PHYSICAL_THERAPY, null, 8,
                                    PARTIAL_RELIEF))),
                    allNo(c("brain-injury-pain", "G44.329", "HEAD", NOT_APPLICABLE, 28, 6, null, null,
                            t(OTHER_ANALGESIC, null, 20, PARTIAL_RELIEF), t(PHYSICAL_THERAPY, null, 8,
                                    PARTIAL_RELIEF))),
                    screened(Set.of(ACTIVE_INFECTION), "Cellulitis of the right leg", c("hip-oa", "M16.11", "HIP",
                            RIGHT, 40, 7, 3, null, t(NSAID, null, 30, LOSS_OF_EFFECT), t(PHYSICAL_THERAPY, null, 12,
                                    PARTIAL_RELIEF)), c("ddd-cervical", "M50.322", "CERVICAL_SPINE", NOT_APPLICABLE,
                            15, 5, null, null, t(PHYSICAL_THERAPY, null, 12, PARTIAL_RELIEF), t(NSAID, null, 8,
                                    PARTIAL_RELIEF)))));

    /** A body mass index below every clinic policy limit, so that BMI alone sends no demo patient to review. */
    static final BigDecimal DEMO_BMI = new BigDecimal("26.5");

    private final TreatmentPaths paths;
    private final ClinicZones zones;

    DemoPainProfiles(TreatmentPaths paths, ClinicZones zones) {
        this.paths = paths;
        this.zones = zones;
    }

    /** Records the profiles of a clinic's freshly registered demo patients, in registration order. */
    void record(Actor system, int clinicIndex, List<PatientId> patients) {
        List<Profile> profilesOfClinic = PROFILES.get(clinicIndex);
        LocalDate today = zones.today(system.clinicId());
        TreatmentPaths.Staff registrar = new TreatmentPaths.Staff(system, null, null, null, null);
        for (int i = 0; i < patients.size() && i < profilesOfClinic.size(); i++) {
            Profile p = profilesOfClinic.get(i);
            PatientPath path = paths.path(registrar).patient(patients.get(i), null);
            for (Condition c : p.conditions()) {
                path.condition(new ConditionInput(c.id(), c.code(), c.site(), c.side(),
                        today.minusMonths(c.monthsAgo()), c.nrs(), c.kl(), c.notes(), dated(c, today)));
            }
            if (p.screened()) {
                HealthScreenInput answers = TreatmentPaths.healthScreen(DEMO_BMI,
                        p.yes().toArray(HealthFact[]::new));
                path.healthScreen(new HealthScreenInput(answers.answers(), null, p.otherConditions(), null,
                        DEMO_BMI));
            }
        }
    }

    /** A steroid injection needs its date and site: the demo's were given at the condition's site a year ago. */
    private static List<TreatmentInput> dated(Condition c, LocalDate today) {
        return c.treatments().stream()
                .map(t -> t.category() != TreatmentCategory.STEROID_INJECTION ? t
                        : new TreatmentInput(t.category(), t.description(), t.durationWeeks(), t.response(), null,
                                today.minusMonths(12), c.site()))
                .toList();
    }

    private static Profile allNo(Condition... conditions) {
        return new Profile(List.of(conditions), true, Set.of(), null);
    }

    private static Profile screened(Set<HealthFact> yes, String otherConditions, Condition... conditions) {
        return new Profile(List.of(conditions), true, yes, otherConditions);
    }

    private static Condition c(String id, String code, String site, Laterality side, int monthsAgo, int nrs,
            Integer kl, String notes, TreatmentInput... treatments) {
        return new Condition(id, code, site, side, monthsAgo, nrs, kl, notes, List.of(treatments));
    }

    private static TreatmentInput t(TreatmentCategory category, String description, int weeks, TreatmentResponse r) {
        return new TreatmentInput(category, description, weeks, r);
    }
}
