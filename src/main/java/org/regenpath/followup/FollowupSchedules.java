package org.regenpath.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanApproved;
import org.regenpath.planning.PlanDetails;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.procedure.ProcedureCompleted;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up schedules: made when a treatment plan is approved (the baseline, due before the procedure) and dated
 * when its procedure is recorded (the follow-ups, from the plan's template: by default 1, 3, 6, 12 and 24 months;
 * ICHOM low back pain 3, 6, 12 and 24). The instruments come from the default set for the plan's condition.
 * Clinicians and coordinators of the patient's clinic read schedules and change a schedule's protocol; changing it
 * never loses an answer ({@link ScheduleChanges}). Every access and refusal is audited.
 */
@Service
public class FollowupSchedules {

    static final String RESOURCE = "FollowupSchedule";
    static final Set<Role> CARE_TEAM = Set.of(Role.CLINICIAN, Role.COORDINATOR);
    static final Set<Role> READERS = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.PATIENT);

    /** Whether the actor's role may change a schedule's protocol: the rule {@code changeProtocol} applies. */
    public boolean mayChangeProtocol(Actor actor) {
        return PatientRegistry.allows(actor, CARE_TEAM);
    }

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final TreatmentPlans plans;
    private final PainProfiles profiles;
    private final Schedules schedules;
    private final Responses responses;
    private final FollowupDefaults defaults;
    private final InstrumentSets sets;
    private final InstrumentCatalog catalog;
    private final ClinicZones zones;
    private final BaselineGaps gaps;
    private final Clock clock;

    FollowupSchedules(PatientRegistry registry, AuditTrail audit, TreatmentPlans plans, PainProfiles profiles,
            Schedules schedules, Responses responses, FollowupDefaults defaults, InstrumentSets sets,
            InstrumentCatalog catalog, ClinicZones zones, BaselineGaps gaps, Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.plans = plans;
        this.profiles = profiles;
        this.schedules = schedules;
        this.responses = responses;
        this.defaults = defaults;
        this.sets = sets;
        this.catalog = catalog;
        this.zones = zones;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** The patient's schedules, one per approved plan, oldest first; a patient reads only their own. */
    @Transactional
    public List<ScheduleView> schedules(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, RESOURCE, READERS);
        List<ScheduleView> out = views(patient);
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "schedules=" + out.size());
        return out;
    }

    /**
     * Changes a schedule's protocol (schedule template and instrument set) and regenerates its tasks without losing
     * anything answered.
     *
     * @throws InvalidInput naming {@code templateId} or {@code instrumentSetId} when unknown
     * @throws Conflict when someone else changed the schedule since {@code expectedVersion}
     */
    @Transactional
    public ScheduleView regenerate(Actor actor, PatientId patient, long scheduleId, String templateId,
            String instrumentSetId, int expectedVersion) {
        return changeProtocol(actor, patient, scheduleId, templateId, instrumentSetId, expectedVersion).schedule();
    }

    /**
     * As {@link #regenerate}, and says what changed: tasks added, redated and no longer asked, and the answered
     * ones kept.
     */
    @Transactional
    public ProtocolChange changeProtocol(Actor actor, PatientId patient, long scheduleId, String templateId,
            String instrumentSetId, int expectedVersion) {
        registry.authorize(actor, patient, AuditAction.UPDATE, RESOURCE, CARE_TEAM);
        ScheduleRow row = schedules.byId(scheduleId).orElse(null);
        if (row == null || !row.patientId().equals(patient)) {
            audit.denied(actor, AuditAction.UPDATE, row == null ? patient : row.patientId(), RESOURCE, scheduleId,
                    row == null ? "no such schedule" : "schedule of another patient");
            throw new NotFound("This patient has no follow-up schedule " + scheduleId + ".");
        }
        ScheduleTemplate template = known("templateId", templateId, defaults.scheduleTemplates(),
                ScheduleTemplate::id);
        List<InstrumentSet> allowed = new ArrayList<>(sets.available(row.clinicId()));
        if (allowed.stream().noneMatch(s -> s.id().equals(row.instrumentSetId()))) {
            allowed.add(sets.byId(row.instrumentSetId()));
        }
        InstrumentSet set = known("instrumentSetId", instrumentSetId, allowed, InstrumentSet::id);
        String note = "Protocol changed to " + set.label() + ", " + template.label() + " by " + actor.displayName()
                + " on " + DateStyle.day(today(row.clinicId()), null) + ".";
        if (!schedules.updateProtocol(scheduleId, set.id(), template.id(), note, expectedVersion, now())) {
            throw new Conflict("version", "Someone else changed this schedule meanwhile; reload and try again.");
        }
        ScheduleRow updated = schedules.byId(scheduleId).orElseThrow();
        ScheduleChanges changes = apply(updated, set, template);
        audit.success(actor, AuditAction.UPDATE, patient, RESOURCE, scheduleId, "template=" + template.id()
                + " set=" + set.id() + " added=" + changes.add().size() + " redated=" + changes.redate().size()
                + " cancelled=" + changes.cancel().size() + " kept=" + changes.keptAnswered().size());
        ScheduleView view = view(updated, responsesOf(patient));
        int answered = (int) view.tasks().stream()
                .filter(t -> t.status() == TaskStatus.COMPLETED || t.draftSavedAt() != null).count();
        return new ProtocolChange(view, changes.add().size(), changes.redate().size(), changes.cancel().size(),
                changes.keptAnswered().size(), answered);
    }

    /** Makes the schedule and its baseline for a newly approved plan (or re-fits it to a new approved version). */
    @Transactional
    public void planApproved(PlanApproved event) {
        Actor system = Actor.system(event.clinicId());
        PlanView plan = plans.get(system, event.patientId(), event.planId());
        PlanDetails details = plan.versions().stream().filter(v -> v.number() == event.versionNumber())
                .findFirst().orElseThrow().details();
        PainCondition condition = profiles.condition(system, event.patientId(), details.targetConditionId());
        SetChoice choice = sets.setFor(event.clinicId(), condition.conditionId(), condition.category().name());
        InstrumentSet set = choice.set();
        List<String> notes = new ArrayList<>();
        notes.add("Instruments: " + set.label() + " (" + switch (choice.matchedBy()) {
            case CLINIC -> "this clinic's own set for " + condition.conditionName();
            case CONDITION -> "the default for " + condition.conditionName();
            case CATEGORY -> "the default for its category";
            case DEFAULT -> "the general default";
        } + ").");
        ScheduleTemplate template = templateFor(details.followUpTemplateId(), set, notes);
        ScheduleRow existing = schedules.byPlan(event.planId()).orElse(null);
        if (existing == null) {
            ScheduleRow draft = new ScheduleRow(0, event.clinicId(), event.patientId(), event.planId(),
                    condition.conditionId(), condition.conditionName(), set.id(), template.id(),
                    details.plannedProcedureDate(), null, null, String.join(" ", notes), 0);
            long id = schedules.insert(draft, now());
            ScheduleRow row = schedules.byId(id).orElseThrow();
            ScheduleGenerator.baseline(set, template, details.plannedProcedureDate(), today(event.clinicId()),
                    catalog::answerable)
                    .forEach(t -> schedules.insertTask(row, t));
            audit.success(system, AuditAction.CREATE, event.patientId(), RESOURCE, id,
                    "plan=" + event.planId() + " set=" + set.id() + " template=" + template.id());
        } else {
            schedules.updateProtocol(existing.id(), set.id(), template.id(), String.join(" ", notes),
                    existing.version(), now());
            ScheduleChanges changes = apply(schedules.byId(existing.id()).orElseThrow(), set, template);
            audit.success(system, AuditAction.UPDATE, event.patientId(), RESOURCE, existing.id(),
                    "plan version " + event.versionNumber() + " approved; added=" + changes.add().size()
                            + " cancelled=" + changes.cancel().size());
        }
    }

    /**
     * Dates the follow-ups from the day the procedure was performed, which may be earlier than planned, and closes
     * the baseline on that day: a baseline still open is marked not collected with the reason the care team
     * recorded, or as having none yet (decision 0029).
     */
    @Transactional
    public void procedureCompleted(ProcedureCompleted event) {
        ScheduleRow row = schedules.byPlan(event.planId()).orElse(null);
        if (row == null) {
            return;
        }
        // The procedure day is the clinic's local date: 23:30 in New York is still that day there.
        LocalDate day = zones.dayOf(row.clinicId(), event.performedAt());
        if (!schedules.recordProcedure(row.id(), event.procedureId(), day, now())) {
            return;
        }
        schedules.closeBaseline(row.id(), day, "Not collected: " + gaps.latest(row.id())
                .map(BaselineExplanation::describe).orElse("no reason recorded yet"));
        ScheduleRow dated = schedules.byId(row.id()).orElseThrow();
        InstrumentSet set = sets.byId(dated.instrumentSetId());
        ScheduleChanges changes = apply(dated, set, defaults.scheduleTemplate(dated.templateId()));
        audit.success(Actor.system(event.clinicId()), AuditAction.UPDATE, event.patientId(), RESOURCE, row.id(),
                "procedure=" + event.procedureId() + " follow-ups=" + changes.add().size());
    }

    private ScheduleChanges apply(ScheduleRow row, InstrumentSet set, ScheduleTemplate template) {
        List<PlannedTask> wanted = new ArrayList<>();
        List<TaskRow> current = schedules.tasks(row.id());
        if (row.procedureDate() == null) {
            wanted.addAll(ScheduleGenerator.baseline(set, template, row.plannedProcedure(), today(row.clinicId()),
                    catalog::answerable));
        } else {
            current.stream().filter(t -> t.planned().baseline()).map(TaskRow::planned).forEach(wanted::add);
            wanted.addAll(ScheduleGenerator.followUps(set, template, row.procedureDate(), catalog::answerable));
        }
        ScheduleChanges changes = ScheduleChanges.between(current.stream().map(TaskRow::existing).toList(), wanted);
        changes.add().forEach(t -> schedules.insertTask(row, t));
        changes.redate().forEach(schedules::redate);
        changes.cancel().forEach(id -> schedules.cancel(id, "No longer in the protocol (" + template.label() + ")"));
        return changes;
    }

    private ScheduleTemplate templateFor(String planned, InstrumentSet set, List<String> notes) {
        if (planned != null) {
            for (ScheduleTemplate t : defaults.scheduleTemplates()) {
                if (t.id().equals(planned)) {
                    return t;
                }
            }
            notes.add("The plan's follow-up template \"" + planned + "\" is not one of this clinic's schedules; "
                    + "the set's default was used.");
        }
        return defaults.scheduleTemplate(set.scheduleTemplateId());
    }

    List<ScheduleView> views(PatientId patient) {
        Map<Long, StoredResponse> answered = responsesOf(patient);
        return schedules.byPatient(patient).stream().map(s -> view(s, answered)).toList();
    }

    /** The patient's schedules in the clinic, with their tasks; another clinic's answer like none. */
    List<ScheduleView> views(ClinicId clinic, PatientId patient) {
        Map<Long, StoredResponse> answered = byTask(responses.byPatient(clinic, patient));
        return schedules.byPatient(clinic, patient).stream().map(s -> view(s, answered)).toList();
    }

    private Map<Long, StoredResponse> responsesOf(PatientId patient) {
        return byTask(responses.byPatient(patient));
    }

    private static Map<Long, StoredResponse> byTask(List<StoredResponse> list) {
        return list.stream().collect(Collectors.toMap(StoredResponse::taskId, Function.identity()));
    }

    private ScheduleView view(ScheduleRow s, Map<Long, StoredResponse> answered) {
        InstrumentSet set = sets.byId(s.instrumentSetId());
        ScheduleTemplate template = defaults.scheduleTemplate(s.templateId());
        LocalDate today = today(s.clinicId());
        List<TaskView> tasks = schedules.tasks(s.id()).stream()
                .map(t -> taskView(t, answered.get(t.id()), set, template, today)).toList();
        List<String> notSent = set.instrumentIds().stream().distinct()
                .flatMap(id -> catalog.notSentBecause(id).stream()).toList();
        return new ScheduleView(s.id(), s.patientId(), s.planId(), s.conditionName(), set.id(), set.label(),
                template.id(), template.label(), s.plannedProcedure(), s.procedureDate(), s.note(), s.version(),
                tasks, notSent);
    }

    TaskView taskView(TaskRow t, StoredResponse response, InstrumentSet set, ScheduleTemplate template,
            LocalDate today) {
        PlannedTask p = t.planned();
        boolean stillAsked = template.timePoint(p.timePointId()).map(tp -> set.instrumentsAt(tp, catalog::answerable)
                .contains(p.instrumentId())).orElse(false);
        return new TaskView(t.id(), t.scheduleId(), p.timePointId(), p.timePointLabel(), p.baseline(),
                p.instrumentId(), catalog.instrument(p.instrumentId()).title(), p.opensOn(), p.dueOn(),
                p.closesOn(), t.status(), TaskState.of(t.status(), p.opensOn(), p.closesOn(), today),
                t.draftSavedAt(), t.responseId(), response == null ? null : response.submittedAt(),
                response == null ? null : response.answeredOn(), enteredBy(response),
                response != null && response.late(), !stillAsked && t.status() != TaskStatus.CANCELLED,
                t.version());
    }

    /** The staff member who entered the patient's answers, or {@code null} for the patient's own. */
    private static String enteredBy(StoredResponse response) {
        return response == null || "PATIENT".equals(response.submittedByRole()) ? null : response.submittedBy();
    }

    private static <T> T known(String field, String id, List<T> all, Function<T, String> idOf) {
        return all.stream().filter(x -> idOf.apply(x).equals(id)).findFirst().orElseThrow(() -> InvalidInput.of(
                field, "Choose one of " + all.stream().map(idOf).toList() + "."));
    }

    private LocalDate today(ClinicId clinic) {
        return zones.today(clinic);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
