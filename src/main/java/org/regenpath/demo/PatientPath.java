package org.regenpath.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.regenpath.followup.ScheduleView;
import org.regenpath.followup.TaskView;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.DecisionInput;
import org.regenpath.intake.HealthScreenInput;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientDetails;
import org.regenpath.planning.ConsentSigning;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.procedure.ProcedureInput;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.AdministrationInput;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.Measurements;
import org.regenpath.product.ProductView;
import org.regenpath.product.Wristbands;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;

/**
 * One patient on the treatment path of {@link TreatmentPaths}: each step acts through a module's public service and
 * keeps what the next step needs (the patient, the condition, the plan, the product), readable after it. Steps go
 * in path order; a step whose module refuses throws that module's exception, and nothing of the step is recorded.
 * Not thread-safe: one path is one patient of one caller.
 */
public final class PatientPath {

    /** Where the lab and the procedure room are, unless a step is told otherwise. */
    public static final String ROOM = "Procedure room 2";
    public static final String BENCH = "Lab bench B";
    /** Test QC values, not clinical guidance: above {@link TreatmentPaths#marrowSettings}'s criteria. */
    public static final Measurements GOOD_QC = new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null,
            null);

    private static final String DEFAULT_REHABILITATION = "Partial weight bearing for 48 hours";
    private static final long POLL_NANOS = 20_000_000L;

    private final TreatmentPaths modules;
    private final TreatmentPaths.Staff staff;
    private PatientId patient;
    private String signedName;
    private Long conditionId;
    private Outcome evaluated;
    private PlanInput planInput;
    private PlanView plan;
    private long planId;
    private ProductView product;
    private AdministrationOutcome administration;
    private ProcedureRecord procedure;
    private ScheduleView schedule;
    private Instant happened;

    PatientPath(TreatmentPaths modules, TreatmentPaths.Staff staff) {
        this.modules = modules;
        this.staff = staff;
    }

    // --- patient and pain profile -------------------------------------------------------------------------------

    /** Registers the patient; the registered given and family names are what they type to sign a consent. */
    public PatientPath patient(PatientDetails details) {
        this.patient = modules.registry.register(staff.registrar(), details).id();
        this.signedName = details.givenName() + " " + details.familyName();
        return this;
    }

    /** Registers {@link TreatmentPaths#defaultPatient} with this record number. */
    public PatientPath patient(String mrn) {
        return patient(TreatmentPaths.defaultPatient(mrn));
    }

    /** Goes on with a patient registered before, who signs a consent with {@code signedName}. */
    public PatientPath patient(PatientId existing, String signedName) {
        this.patient = existing;
        this.signedName = signedName;
        return this;
    }

    /** Adds a pain condition to the profile; it becomes the condition the plan targets. */
    public PatientPath condition(ConditionInput input) {
        this.conditionId = modules.profiles.addCondition(staff.registrar(), patient, input).id();
        return this;
    }

    /** Answers the health screen for the first time. */
    public PatientPath healthScreen(HealthScreenInput answers) {
        modules.profiles.updateHealthScreen(staff.registrar(), patient, answers, 0);
        return this;
    }

    /** A condition and the health screen: what the candidacy screening evaluates. */
    public PatientPath screened(ConditionInput condition, HealthScreenInput answers) {
        return condition(condition).healthScreen(answers);
    }

    /** Left knee osteoarthritis and an all-NO health screen with a body mass index of 27. */
    public PatientPath screened() {
        return screened(TreatmentPaths.leftKneeOsteoarthritis(today()),
                TreatmentPaths.healthScreen(new BigDecimal("27.0")));
    }

    // --- candidacy ----------------------------------------------------------------------------------------------

    /** Evaluates candidacy as the clinician sees it; {@link #evaluation()} tells the outcome. */
    public PatientPath evaluated() {
        this.evaluated = modules.screening.evaluate(staff.clinician(), patient).outcome();
        return this;
    }

    /** Decides {@code outcome}; where it differs from the evaluation, with a recorded override reason. */
    public PatientPath decided(Outcome outcome) {
        return decided(outcome, "Recorded with the treatment path's override reason", null);
    }

    /**
     * Decides {@code outcome} on the evaluation the clinician saw (evaluated first if it was not); the override
     * reason goes with the decision only where the outcome differs from the evaluation.
     */
    public PatientPath decided(Outcome outcome, String overrideReason, String note) {
        if (evaluated == null) {
            evaluated();
        }
        String reason = outcome == evaluated ? null : overrideReason;
        modules.screening.decide(staff.clinician(), patient, new DecisionInput(outcome, reason, note, evaluated));
        return this;
    }

    /** Targets the patient's active condition of this catalog id (e.g. {@code knee-oa}) with the plan. */
    public PatientPath targeting(String catalogConditionId) {
        this.conditionId = modules.profiles.profile(staff.clinician(), patient).activeConditions().stream()
                .filter(c -> c.conditionId().equals(catalogConditionId)).findFirst().orElseThrow().id();
        return this;
    }

    /** Targets the patient's condition of this id with the plan. */
    public PatientPath targeting(long condition) {
        this.conditionId = condition;
        return this;
    }

    // --- plan and consent ---------------------------------------------------------------------------------------

    /** Drafts {@link TreatmentPaths#marrowPlan} to the left knee, planned for tomorrow in the clinic's days. */
    public PatientPath plan() {
        return plan(today().plusDays(1));
    }

    /** Drafts {@link TreatmentPaths#marrowPlan} to the left knee, harvest and injection on {@code day}. */
    public PatientPath plan(LocalDate day) {
        return plan(TreatmentPaths.marrowPlan(TreatmentPaths.leftKnee(), day));
    }

    /** Drafts this plan as the clinician; a plan with no target condition targets the path's. */
    public PatientPath plan(PlanInput input) {
        this.planInput = input.targetConditionId() != null ? input : TreatmentPaths.targeting(input, conditionId);
        this.plan = modules.plans.create(staff.clinician(), patient, planInput);
        this.planId = plan.id();
        return this;
    }

    /**
     * The patient signs the consent to the plan's latest version as shown (their name typed) and the clinician
     * countersigns with their password: what approval of that version needs.
     */
    public PatientPath consented() {
        return consented(plan.id(), plan.versions().size());
    }

    /** As {@link #consented()}, for a version of a plan the path did not draft. */
    public PatientPath consented(long planId, int versionNumber) {
        Actor clinician = staff.clinician();
        String shown = modules.consents.view(clinician, patient, planId, versionNumber).document().sha256();
        modules.consents.sign(clinician, patient, planId, versionNumber, new ConsentSigning(signedName, true,
                clinician.username(), staff.password(), shown));
        return this;
    }

    /** The clinician approves the plan, with no IND or IRB on record. */
    public PatientPath approved() {
        return approved(RegulatoryRecord.none());
    }

    /** The clinician approves the plan with this regulatory record. */
    public PatientPath approved(RegulatoryRecord record) {
        this.plan = modules.plans.approve(staff.clinician(), patient, plan.id(), record, plan.version());
        return this;
    }

    /**
     * Goes on with a plan of the patient approved before, for the product's steps up to its release; the bedside
     * and procedure steps need the plan drafted on this path (its sites).
     */
    public PatientPath onPlan(long approvedPlanId) {
        this.planId = approvedPlanId;
        return this;
    }

    // --- follow-up baseline -------------------------------------------------------------------------------------

    /**
     * Waits for the schedule follow-up makes when a plan is approved, then the coordinator enters the baseline
     * answers the patient gave on paper today: instrument id, then link id to answer ordinal; instruments not
     * named stay due.
     */
    public PatientPath baselineAnswered(Map<String, Map<String, Integer>> answers) {
        ScheduleView made = scheduled(s -> !s.activeTasks().isEmpty());
        LocalDate answeredOn = today();
        for (TaskView task : made.activeTasks()) {
            Map<String, Integer> given = answers.get(task.instrumentId());
            if (task.baseline() && given != null) {
                modules.responses.submit(staff.coordinator(), patient, task.id(), given, answeredOn);
            }
        }
        return this;
    }

    // --- the cell product ---------------------------------------------------------------------------------------

    /**
     * The product and bedside steps after this one are entered as having happened at {@code at} (a late entry,
     * which the product module records as such with both times); {@code null} goes back to "happening now".
     */
    public PatientPath happenedAt(Instant at) {
        this.happened = at;
        return this;
    }

    /** The lab technician collects the product of the approved plan in {@link #ROOM}. */
    public PatientPath collected() {
        return collected(ROOM, null, null, null);
    }

    /** The lab technician collects the product of the approved plan: where, with what device, measured how. */
    public PatientPath collected(String location, String device, Measurements measurements, String notes) {
        this.product = modules.custody.collect(staff.lab(), patient, new CollectInput(planId, location, device,
                null, measurements, notes, happened));
        return this;
    }

    /** The lab technician processes it at {@link #BENCH} with the plan's device and kit lot KIT-42. */
    public PatientPath processed() {
        return processed(BENCH, "Centrifuge system X", "KIT-42");
    }

    /** The lab technician processes it with this device and kit lot. */
    public PatientPath processed(String location, String device, String kitLot) {
        return step(staff.lab(), new CustodyInput(CustodyAction.PROCESS, product.version(), location, device,
                kitLot, null, null, happened));
    }

    /** The lab technician records {@link #GOOD_QC}. */
    public PatientPath tested() {
        return tested(BENCH, GOOD_QC);
    }

    /** The lab technician records these QC results. */
    public PatientPath tested(String location, Measurements qc) {
        return step(staff.lab(), new CustodyInput(CustodyAction.QC, product.version(), location, null, null, qc,
                null, happened));
    }

    /** The clinician, who neither collected nor processed it, releases it. */
    public PatientPath released() {
        return released(BENCH);
    }

    /** The clinician releases it here. */
    public PatientPath released(String location) {
        return step(staff.clinician(), new CustodyInput(CustodyAction.RELEASE, product.version(), location, null,
                null, null, null, happened));
    }

    private PatientPath step(Actor actor, CustodyInput input) {
        this.product = modules.custody.record(actor, product.productId(), input);
        return this;
    }

    /** The bedside check and injection in {@link #ROOM}. */
    public PatientPath administered() {
        return administered(ROOM);
    }

    /**
     * At the bedside the clinician scans the wristband and the label, and gives the planned volume at the plan's
     * first site; the lab technician confirms as second person with their password. Whether the check let it
     * through is in {@link #administration()}: the path does not judge it.
     */
    public PatientPath administered(String room) {
        PlanInput.SiteInput site = planInput.sites().get(0);
        String id = product.productId();
        this.administration = modules.bedside.administer(staff.clinician(), id, new AdministrationInput(
                product.version(), Wristbands.code(staff.clinician().clinicId(), patient), id, site.region(),
                site.laterality(), staff.lab().username(), staff.password(), room, site.plannedVolumeMl(), null,
                happened));
        return this;
    }

    // --- procedure and follow-ups -------------------------------------------------------------------------------

    /** The clinician records the procedure: no complications, the plan's rehabilitation (or a default). */
    public PatientPath procedureRecorded() {
        String rehabilitation = planInput.rehabilitationProtocol();
        return procedureRecorded("None", rehabilitation != null ? rehabilitation : DEFAULT_REHABILITATION);
    }

    /** The clinician records the procedure of the given product at the plan's sites, with the plan's guidance. */
    public PatientPath procedureRecorded(String complications, String rehabilitation) {
        List<ProcedureInput.SiteInput> sites = planInput.sites().stream()
                .map(s -> new ProcedureInput.SiteInput(s.region(), s.laterality(), s.plannedVolumeMl(), null))
                .toList();
        this.procedure = modules.procedures.record(staff.clinician(), patient, new ProcedureInput(
                product.productId(), null, planInput.imageGuidance(), sites, complications, rehabilitation));
        return this;
    }

    /** Waits until follow-up has dated the schedule from the recorded procedure. */
    public PatientPath followupsDated() {
        scheduled(s -> s.procedureDate() != null);
        return this;
    }

    /**
     * Waits for follow-up's listener, which makes a schedule when a plan is approved and dates it when the
     * procedure is recorded, on its own thread once the publishing transaction has committed. Main code has no
     * Awaitility, so this looks every few milliseconds (in practice once or twice, each look audited as the
     * system's), up to {@link TreatmentPaths#WAIT}.
     */
    public ScheduleView scheduled(Predicate<ScheduleView> ready) {
        Actor system = Actor.system(staff.clinic());
        long deadline = System.nanoTime() + TreatmentPaths.WAIT.toNanos();
        while (true) {
            List<ScheduleView> found = modules.schedules.schedules(system, patient);
            if (!found.isEmpty() && ready.test(found.get(0))) {
                this.schedule = found.get(0);
                return schedule;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No follow-up schedule for patient " + patient.value() + " after "
                        + TreatmentPaths.WAIT.toSeconds() + " s");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Today in the clinic's own days, by the application's clock. */
    public LocalDate today() {
        return modules.today(staff.clinic());
    }

    // --- what the steps recorded --------------------------------------------------------------------------------

    /** The staff who act on this path. */
    public TreatmentPaths.Staff staff() {
        return staff;
    }

    public PatientId patientId() {
        return patient;
    }

    public long conditionId() {
        return conditionId;
    }

    /** The candidacy evaluation the decision was made on; {@code null} before {@link #evaluated()}. */
    public Outcome evaluation() {
        return evaluated;
    }

    /** The plan as its last step left it (drafted, then approved). */
    public PlanView planView() {
        return plan;
    }

    public ProductView product() {
        return product;
    }

    public AdministrationOutcome administration() {
        return administration;
    }

    public ProcedureRecord procedure() {
        return procedure;
    }

    /** The follow-up schedule as last seen by {@link #scheduled}. */
    public ScheduleView schedule() {
        return schedule;
    }
}
