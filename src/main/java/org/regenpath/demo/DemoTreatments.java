package org.regenpath.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.regenpath.followup.FollowupResponses;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.ScheduleView;
import org.regenpath.followup.TaskView;
import org.regenpath.identity.DemoAccounts;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.DecisionInput;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.planning.ConsentSigning;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the demo patients of {@link DemoStories} down the treatment path, as the demo staff of their clinic would:
 * the clinician records the candidacy decision, writes the plan, has the patient sign the consent (their typed
 * registered name) and countersigns it with the demo password, and approves; the coordinator enters the baseline
 * answers; {@link DemoInjection} does the rest. The same public services, checks and audit trail as for any other
 * user apply.
 */
@Component
class DemoTreatments {

    /** How long follow-up's listeners get to make or date a schedule; they take milliseconds. */
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Logger log = LoggerFactory.getLogger(DemoTreatments.class);

    private final DemoAccounts accounts;
    private final CandidacyScreening screening;
    private final PainProfiles profiles;
    private final TreatmentPlans plans;
    private final PlanConsents consents;
    private final FollowupSchedules schedules;
    private final FollowupResponses responses;
    private final DemoInjection injection;
    private final ClinicZones zones;

    DemoTreatments(DemoAccounts accounts, CandidacyScreening screening, PainProfiles profiles, TreatmentPlans plans,
            PlanConsents consents, FollowupSchedules schedules, FollowupResponses responses, DemoInjection injection,
            ClinicZones zones) {
        this.zones = zones;
        this.accounts = accounts;
        this.screening = screening;
        this.profiles = profiles;
        this.plans = plans;
        this.consents = consents;
        this.schedules = schedules;
        this.responses = responses;
        this.injection = injection;
    }

    /** The demo users of a clinic who act in the stories. */
    record Staff(Actor clinician, Actor coordinator, Actor lab, String password) {}

    /**
     * Runs the clinic's stories for its freshly registered demo patients (in {@link DemoPatients#PATIENTS} order);
     * nothing when there are none, so a restart adds nothing.
     */
    void seed(int clinic, String domain, String password, List<PatientId> registered) {
        List<DemoStories.Story> stories = DemoStories.of(clinic);
        if (registered.isEmpty() || stories.isEmpty()) {
            return;
        }
        Staff staff = new Staff(accounts.actor(Role.CLINICIAN, domain), accounts.actor(Role.COORDINATOR, domain),
                accounts.actor(Role.LAB_TECHNICIAN, domain), password);
        for (DemoStories.Story story : stories) {
            long started = System.nanoTime();
            PatientId patient = registered.get(indexOf(clinic, story.family()));
            long plan = approvedPlan(staff, patient, story);
            Actor system = Actor.system(staff.clinician().clinicId());
            ScheduleView schedule = awaitSchedule(system, patient, s -> !s.activeTasks().isEmpty());
            answerBaseline(staff.coordinator(), patient, schedule, story.baseline());
            if (story.stage() == DemoStories.Stage.TREATED) {
                injection.treat(staff, patient, plan, story);
                awaitSchedule(system, patient, s -> s.procedureDate() != null);
            }
            log.info("Demo patient {} ({}): {} in {} ms", story.family(), story.condition(), story.stage(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    private long approvedPlan(Staff staff, PatientId patient, DemoStories.Story story) {
        Actor clinician = staff.clinician();
        Outcome evaluated = screening.evaluate(clinician, patient).outcome();
        if (evaluated != Outcome.ELIGIBLE && evaluated != Outcome.TRIAL_ONLY) {
            throw new IllegalStateException("Demo patient " + story.family() + " screens " + evaluated
                    + "; a demo story needs an ELIGIBLE or TRIAL ONLY patient");
        }
        // A condition with very low evidence screens TRIAL ONLY; the demo shows the recorded override and its reason.
        String reason = evaluated == Outcome.ELIGIBLE ? null : "Demo: no trial recruiting nearby; the patient chose"
                + " treatment outside a trial after the very low evidence was explained";
        screening.decide(clinician, patient, new DecisionInput(Outcome.ELIGIBLE, reason,
                "Conservative care tried; discussed regenerative options", evaluated));
        long condition = profiles.profile(clinician, patient).activeConditions().stream()
                .filter(c -> c.conditionId().equals(story.condition())).findFirst().orElseThrow().id();
        PlanView draft = plans.create(clinician, patient, plan(story, condition, clinician.clinicId()));
        int number = draft.versions().size();
        String shown = consents.view(clinician, patient, draft.id(), number).document().sha256();
        String name = DemoPatients.PATIENTS.get(story.clinic()).get(indexOf(story.clinic(), story.family())).given()
                + " " + story.family();
        consents.sign(clinician, patient, draft.id(), number, new ConsentSigning(name, true, clinician.username(),
                staff.password(), shown));
        return plans.approve(clinician, patient, draft.id(), RegulatoryRecord.none(), draft.version()).id();
    }

    private PlanInput plan(DemoStories.Story story, long condition, ClinicId clinic) {
        LocalDate day = zones.today(clinic).plusDays(story.daysToProcedure());
        DemoStories.Site site = story.site();
        return new PlanInput(condition,
                List.of(new PlanInput.SiteInput(site.region(), site.laterality(), site.volumeMl(), null)),
                // Same-day autologous marrow, concentrated by centrifugation only: the same surgical procedure
                // exception (21 CFR 1271.15(b)). The use is left to the rules, which record FDA's position that
                // marrow into a tendon or disc is non-homologous, so 1271.3(d)(4) does not apply.
                new PlanInput.PathwayInput(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                        Manipulation.MINIMAL, null, true, true, null, true, null, null, null),
                DemoStories.PROCESSING, DemoStories.CENTRIFUGE, story.guidance(), story.rehabilitation(),
                story.template(), day, day, new PlanInput.CostInput(story.cost(), "USD",
                        "Demo figure: harvest, processing and one injection"));
    }

    /** The coordinator enters the answers the patient gave on paper today, one questionnaire at a time. */
    private void answerBaseline(Actor coordinator, PatientId patient, ScheduleView schedule,
            Map<String, Map<String, Integer>> answers) {
        LocalDate answeredOn = zones.today(coordinator.clinicId());
        for (TaskView task : schedule.activeTasks()) {
            Map<String, Integer> given = answers.get(task.instrumentId());
            if (task.baseline() && given != null) {
                responses.submit(coordinator, patient, task.id(), given, answeredOn);
            }
        }
    }

    /**
     * Waits for follow-up's listener, which makes a schedule when a plan is approved and dates it when the
     * procedure is recorded, on its own thread once the publishing transaction has committed. Main code has no
     * Awaitility, so this looks every few milliseconds (in practice once or twice, each look audited as the
     * system's). Waiting keeps the stories whole before the application reports ready: nothing of them is written
     * while someone already works, or while a test compares two looks at the dashboard.
     */
    private ScheduleView awaitSchedule(Actor system, PatientId patient, Predicate<ScheduleView> ready) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<ScheduleView> found = schedules.schedules(system, patient);
            if (!found.isEmpty() && ready.test(found.get(0))) {
                return found.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No follow-up schedule for demo patient " + patient.value()
                        + " after " + WAIT.toSeconds() + " s");
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    static int indexOf(int clinic, String family) {
        List<DemoPatients.Demo> demos = DemoPatients.PATIENTS.get(clinic);
        for (int i = 0; i < demos.size(); i++) {
            if (demos.get(i).family().equals(family)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No demo patient " + family + " in clinic " + clinic);
    }
}
