package org.regenpath.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.FollowupResponses;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.intake.Answer;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreenInput;
import org.regenpath.intake.PainProfiles;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.procedure.Procedures;
import org.regenpath.product.Bedside;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;
import org.springframework.stereotype.Component;

/**
 * One patient's way down the treatment path, step by step, as the named staff of one clinic would take it: register
 * and profile the patient, screen and decide candidacy, write the plan, have the consent signed and countersigned,
 * approve, collect, process, test and release the cell product, give it at the bedside, record the procedure and
 * see the follow-ups dated. Each step calls the owning module's public service, so the module checks, records and
 * audits it as it would for anyone; the path itself checks nothing and writes no SQL. The demo loader takes its
 * story patients down this path and the integration tests build their patients with it (docs/decisions/0036).
 *
 * <pre>{@code
 * PatientPath path = paths.path(staff).patient(details).screened().decided(Outcome.ELIGIBLE).plan().consented()
 *         .approved().collected().processed().tested().released().administered().procedureRecorded();
 * }</pre>
 *
 * <p>Every step has defaults (a left knee osteoarthritis patient, bone marrow concentrate to the left knee planned
 * for tomorrow in the clinic's days, test lab values) and an overload that takes the module's own input for what
 * a caller wants otherwise (another condition, product type, site or day; another clinic is another {@link Staff}).
 */
@Component
public class TreatmentPaths {

    /** How long a step that waits for follow-up's listeners waits; they take milliseconds. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    /** The default patient's name as registered, given name first: what they type to sign a consent. */
    public static final String PATIENT_NAME = "Testa Planning";

    final PatientRegistry registry;
    final PainProfiles profiles;
    final CandidacyScreening screening;
    final TreatmentPlans plans;
    final PlanConsents consents;
    final ChainOfCustody custody;
    final Bedside bedside;
    final Procedures procedures;
    final FollowupSchedules schedules;
    final FollowupResponses responses;
    final ClinicZones zones;

    /**
     * The path over the modules' services. A caller that holds only some of them (a test helper given the intake
     * services) may pass {@code null} for the others and use only the steps those serve.
     */
    public TreatmentPaths(PatientRegistry registry, PainProfiles profiles, CandidacyScreening screening,
            TreatmentPlans plans, PlanConsents consents, ChainOfCustody custody, Bedside bedside,
            Procedures procedures, FollowupSchedules schedules, FollowupResponses responses, ClinicZones zones) {
        this.registry = registry;
        this.profiles = profiles;
        this.screening = screening;
        this.plans = plans;
        this.consents = consents;
        this.custody = custody;
        this.bedside = bedside;
        this.procedures = procedures;
        this.schedules = schedules;
        this.responses = responses;
        this.zones = zones;
    }

    /**
     * The people of one clinic who act on the path.
     *
     * @param registrar registers the patient and records the pain profile and health screen (the system actor in
     *     the demo and the test fixtures, as an import would)
     * @param clinician decides candidacy, writes and approves the plan, countersigns the consent, releases the
     *     product (having neither collected nor processed it), gives it at the bedside and records the procedure
     * @param coordinator enters the baseline answers the patient gave on paper
     * @param lab collects, processes and tests the product, and confirms the bedside check as second person
     * @param password the clinician's password (countersignature) and the lab technician's (second person)
     */
    public record Staff(Actor registrar, Actor clinician, Actor coordinator, Actor lab, String password) {

        /** The clinic whose patient the path takes. */
        public ClinicId clinic() {
            return (clinician != null ? clinician : registrar).clinicId();
        }
    }

    /** A new path for one patient of the staff's clinic; start it with {@link PatientPath#patient}. */
    public PatientPath path(Staff staff) {
        return new PatientPath(this, staff);
    }

    /** Today in the clinic's own days (docs/decisions/0023). */
    LocalDate today(ClinicId clinic) {
        return zones.today(clinic);
    }

    /** The default patient, fictional: {@link #PATIENT_NAME}, born 1958, with the given record number. */
    public static PatientDetails defaultPatient(String mrn) {
        return new PatientDetails(mrn, "Testa", "Planning", LocalDate.of(1958, 3, 9), SexAtBirth.M, null, null,
                null);
    }

    /**
     * Left knee osteoarthritis (ICD-10-CM M17.12) for two years before {@code today}, NRS 6, Kellgren-Lawrence 2,
     * an NSAID that lost its effect and physical therapy with partial relief: a chronic condition with conservative
     * care tried, as the screening rules ask.
     */
    public static ConditionInput leftKneeOsteoarthritis(LocalDate today) {
        return new ConditionInput("knee-oa", "M17.12", "KNEE", org.regenpath.intake.Laterality.LEFT,
                today.minusYears(2), 6, 2, "Worse on stairs", List.of(
                        new TreatmentInput(TreatmentCategory.NSAID, "Naproxen 500 mg", 26,
                                TreatmentResponse.LOSS_OF_EFFECT),
                        new TreatmentInput(TreatmentCategory.PHYSICAL_THERAPY, null, 12,
                                TreatmentResponse.PARTIAL_RELIEF)));
    }

    /** A health screen with every fact answered NO, the facts in {@code yes} YES, and this body mass index. */
    public static HealthScreenInput healthScreen(BigDecimal bmi, HealthFact... yes) {
        Map<HealthFact, Answer> answers = new EnumMap<>(HealthFact.class);
        for (HealthFact fact : HealthFact.values()) {
            answers.put(fact, Answer.NO);
        }
        for (HealthFact fact : yes) {
            answers.put(fact, Answer.YES);
        }
        return new HealthScreenInput(answers, null, null, null, bmi);
    }

    /**
     * Bone marrow concentrate, minimally manipulated, declared homologous, to one site, harvest and injection on
     * {@code day}, guided by ultrasound, the default follow-up schedule, the cost stated as a test value: not an
     * HCT/P under 21 CFR 1271.3(d)(4). The target condition is the path's.
     */
    public static PlanInput marrowPlan(PlanInput.SiteInput site, LocalDate day) {
        return new PlanInput(null, List.of(site),
                new PlanInput.PathwayInput(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                        Manipulation.MINIMAL, IntendedUse.HOMOLOGOUS, true, null, null, true, null, null, null),
                "BMC per lab SOP LAB-004", "Centrifuge system X", ImageGuidance.ULTRASOUND, null, "default",
                day, day, new PlanInput.CostInput(new BigDecimal("4800"), "USD", "test value"));
    }

    /** The plan input targeting this condition. */
    public static PlanInput targeting(PlanInput input, long condition) {
        return new PlanInput(condition, input.sites(), input.pathway(), input.processingMethod(),
                input.processingDevice(), input.imageGuidance(), input.rehabilitationProtocol(),
                input.followUpTemplateId(), input.plannedHarvestDate(), input.plannedProcedureDate(), input.cost());
    }

    /** The default site: the left knee joint, 4 mL. */
    public static PlanInput.SiteInput leftKnee() {
        return new PlanInput.SiteInput("knee joint", Laterality.LEFT, new BigDecimal("4.0"), null);
    }

    /**
     * Shelf life 8 hours, viability at least 70 %, at least 100 million nucleated cells, at most 6 hours outside
     * the body: what the demo and the tests set for bone marrow concentrate, labelled by {@code source} as not
     * clinical guidance (a clinic's lab director sets real ones, docs/decisions/0007).
     */
    public static ClinicProductSettings.SettingsInput marrowSettings(String source) {
        return new ClinicProductSettings.SettingsInput(Duration.ofHours(8), new BigDecimal("70"), 100_000_000L,
                null, Duration.ofHours(6), source);
    }
}
