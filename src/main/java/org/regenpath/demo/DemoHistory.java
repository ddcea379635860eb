package org.regenpath.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.regenpath.followup.TaskView;
import org.regenpath.identity.DemoAccounts;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.patient.PatientDetails;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanInput;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.Measurements;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates a demo clinic's treatment history ({@link HistoryPlan}): a few hundred fictional patients treated over
 * the past two years, each taken down the whole treatment path through the modules' own services
 * ({@link TreatmentPaths}), so every record is validated, audited and published like any other and the registry
 * fills from the same events (docs/decisions/0051). What happened in the past is entered today as a late entry, the
 * way a clinic enters paper records: the product and bedside steps with the time they happened, the procedure at
 * the injection's time, and each questionnaire with the day the patient answered it, entered by the coordinator
 * today, which the follow-up pages show as "answered ... entered ...". Consent and plan approval are recorded
 * today. Every generated patient's family name starts with {@value HistoryPlan#MARKER} and their record number
 * with {@value #MRN_PREFIX}, so lists and charts say what they are.
 */
@Component
class DemoHistory {

    static final String MRN_PREFIX = "GEN-DEMO-";
    /** How many patients between two progress lines in the log. */
    static final int BATCH = 25;

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final DateTimeFormatter LOT_MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final String ROOM = "Procedure room 1";
    private static final String BENCH = "Lab bench A";

    private final DemoAccounts accounts;
    private final TreatmentPaths paths;
    private final InstrumentCatalog catalog;
    private final DemoProductSettings settings;

    DemoHistory(DemoAccounts accounts, TreatmentPaths paths, InstrumentCatalog catalog,
            DemoProductSettings settings) {
        this.accounts = accounts;
        this.paths = paths;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** What a generation did: the patients it registered (treated or stopped), how many stopped, how long it took. */
    record Result(List<PatientId> patients, int failed, long millis) {

        int treated() {
            return patients.size() - failed;
        }
    }

    /**
     * Generates {@code count} patients of the clinic's history, in batches of {@value #BATCH} with progress in the
     * log. A patient whose path a module refuses is logged and left where it stopped; the others go on.
     *
     * @param clinic the clinic's index in {@link DemoData#CLINICS}
     * @param domain its demo users' e-mail domain
     * @param password the demo users' password (countersignature, second person at the bedside)
     * @param mrnPrefix what the generated record numbers start with
     * @param advanced told after each patient, for the pages' progress
     */
    Result generate(int clinic, String domain, String password, int count, long seed, String mrnPrefix,
            Runnable advanced) {
        long started = System.nanoTime();
        Actor clinician = accounts.actor(Role.CLINICIAN, domain);
        ClinicId clinicId = clinician.clinicId();
        TreatmentPaths.Staff staff = new TreatmentPaths.Staff(Actor.system(clinicId), clinician,
                accounts.actor(Role.COORDINATOR, domain), accounts.actor(Role.LAB_TECHNICIAN, domain), password);
        for (HistoryPlan.Product product : HistoryPlan.Product.values()) {
            settings.ensure(Actor.system(clinicId), product.type);
        }
        LocalDate today = paths.today(clinicId);
        ZoneId zone = paths.zones.zoneOf(clinicId);
        List<HistoryPlan.Patient> planned = HistoryPlan.of(seed, clinic, count, today);
        int failed = 0;
        List<PatientId> registered = new ArrayList<>();
        for (HistoryPlan.Patient p : planned) {
            PatientPath path = paths.path(staff);
            try {
                treat(path, p, mrnPrefix, today, zone);
            } catch (RuntimeException e) {
                failed++;
                log.warn("Generated demo patient {} of {} stopped: {}", p.number(), DemoData.CLINICS.get(clinic),
                        e.getMessage());
            }
            if (path.patientId() != null) {
                registered.add(path.patientId());
            }
            advanced.run();
            if (p.number() % BATCH == 0 || p.number() == count) {
                log.info("Demo history of {}: {} of {} generated patients in {} s", DemoData.CLINICS.get(clinic),
                        p.number(), count, (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
        return new Result(List.copyOf(registered), failed, (System.nanoTime() - started) / 1_000_000);
    }

    private void treat(PatientPath path, HistoryPlan.Patient p, String mrnPrefix, LocalDate today, ZoneId zone) {
        LocalDate day = p.procedureDay();
        path.patient(new PatientDetails(mrnPrefix + String.format("%04d", p.number()), p.given(), p.family(),
                        p.born(), p.sex(), null, null, p.zip()))
                .screened(condition(p), TreatmentPaths.healthScreen(p.bmi()));
        Outcome evaluated = path.evaluated().evaluation();
        if (evaluated == Outcome.NOT_ELIGIBLE) {
            throw new IllegalStateException("screens " + evaluated);
        }
        path.decided(Outcome.ELIGIBLE, "Generated demo patient: treatment chosen after the evidence was explained",
                        "Generated demo patient; conservative care tried")
                .plan(plan(p, path.conditionId()))
                .consented()
                .approved();
        baseline(path, p, day.minusDays(p.baselineDaysBefore()));
        HistoryPlan.Product product = p.product();
        Instant morning = day.atTime(LocalTime.of(8, 30)).atZone(zone).toInstant();
        String lot = product.kitLotPrefix + LOT_MONTH.format(day);
        path.happenedAt(morning)
                .collected(ROOM, product == HistoryPlan.Product.PLATELETS ? "Demo venous draw set"
                        : DemoStories.HARVEST_NEEDLE, new Measurements(new BigDecimal("60"), null, null, null, null),
                        "Generated demo patient")
                .happenedAt(morning.plusSeconds(45 * 60))
                .processed(BENCH, product.device, lot)
                .happenedAt(morning.plusSeconds(75 * 60))
                .tested(BENCH, new Measurements(new BigDecimal("3.5"), p.cells(), p.viability(), null, null))
                .happenedAt(morning.plusSeconds(90 * 60))
                .released(BENCH)
                .happenedAt(morning.plusSeconds(120 * 60))
                .administered(ROOM);
        AdministrationOutcome given = path.administration();
        if (!given.administered()) {
            throw new IllegalStateException("the bedside check stopped it: " + given.findings());
        }
        path.happenedAt(null).procedureRecorded("None", "Generated demo patient: the plan's rehabilitation")
                .followupsDated();
        followUps(path, p, today);
    }

    private void baseline(PatientPath path, HistoryPlan.Patient p, LocalDate answeredOn) {
        for (TaskView task : path.scheduled(s -> !s.activeTasks().isEmpty()).activeTasks()) {
            if (task.baseline() && catalog.answerable(task.instrumentId())) {
                submit(path, task, p.answers(catalog.instrument(task.instrumentId()), task.timePointId()),
                        answeredOn);
            }
        }
    }

    /**
     * Each follow-up questionnaire the patient answered before they were lost, on its due day moved by the
     * patient's usual delay, entered today; a time point whose day has not come yet stays open.
     */
    private void followUps(PatientPath path, HistoryPlan.Patient p, LocalDate today) {
        for (TaskView task : path.schedule().activeTasks()) {
            if (task.baseline() || !catalog.answerable(task.instrumentId()) || !p.answers(task.timePointId())
                    || today.isBefore(task.opensOn())) {
                continue;
            }
            LocalDate answeredOn = task.dueOn().plusDays(p.answerDelay());
            if (answeredOn.isBefore(p.procedureDay().plusDays(1))) {
                answeredOn = p.procedureDay().plusDays(1);
            }
            if (answeredOn.isAfter(today)) {
                continue;
            }
            submit(path, task, p.answers(catalog.instrument(task.instrumentId()), task.timePointId()), answeredOn);
        }
    }

    private void submit(PatientPath path, TaskView task, java.util.Map<String, Integer> answers,
            LocalDate answeredOn) {
        paths.responses.submit(path.staff().coordinator(), path.patientId(), task.id(), answers, answeredOn);
    }

    private static ConditionInput condition(HistoryPlan.Patient p) {
        HistoryPlan.Condition c = p.condition();
        boolean right = p.side() == Laterality.RIGHT;
        org.regenpath.intake.Laterality side = !c.sided() ? org.regenpath.intake.Laterality.NOT_APPLICABLE
                : right ? org.regenpath.intake.Laterality.RIGHT : org.regenpath.intake.Laterality.LEFT;
        return new ConditionInput(c.id(), right ? c.icd10Right() : c.icd10Left(), c.bodySite(), side,
                p.procedureDay().minusMonths(p.onsetMonthsBefore()), p.nrs(), p.kl(), "Generated demo patient",
                List.of(new TreatmentInput(TreatmentCategory.NSAID, null, 12, TreatmentResponse.LOSS_OF_EFFECT),
                        new TreatmentInput(TreatmentCategory.PHYSICAL_THERAPY, null, 8,
                                TreatmentResponse.PARTIAL_RELIEF)));
    }

    private static PlanInput plan(HistoryPlan.Patient p, long condition) {
        HistoryPlan.Condition c = p.condition();
        HistoryPlan.Product product = p.product();
        LocalDate day = p.procedureDay();
        // Same-day autologous product, minimally manipulated. Where FDA's position on the use is open (marrow into a
        // joint, micro-fragmented fat anywhere: the planning rules' data) the generated clinician declares it
        // non-homologous, the cautious reading; elsewhere the use is left to the rules, as in the demo stories.
        IntendedUse use = product == HistoryPlan.Product.ADIPOSE
                || product == HistoryPlan.Product.MARROW && c.joint() ? IntendedUse.NON_HOMOLOGOUS : null;
        return new PlanInput(condition, List.of(new PlanInput.SiteInput(c.region(), p.side(), c.volumeMl(), null)),
                new PlanInput.PathwayInput(product.source, product.type, Manipulation.MINIMAL, use, true, true,
                        null, true, null, null, null),
                product.processing, product.device, c.guidance(), "Generated demo patient: rehabilitation per the"
                        + " clinic's protocol", c.template(), day, day,
                new PlanInput.CostInput(new BigDecimal("4800"), "USD", "Demo figure: harvest, processing and one"
                        + " injection"));
    }
}
