package org.regenpath.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.Score;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering follow-up questionnaires: open a task, save partial answers, submit once. Each submission is checked
 * against the instrument (an answer outside a question's scale is refused, naming the question), scored by the
 * published rule, stored as submitted (a FHIR QuestionnaireResponse with its scores) and announced as
 * {@link QuestionnaireCompleted}. Answers after the window closes are accepted and marked late; a second
 * submission is refused and changes nothing. The patient answers their own (portal); the care team of the
 * patient's clinic may also enter a response the patient gave by phone or on paper, saying the day the patient
 * answered ({@link AnswerDates}); the response keeps that day and when and by whom it was entered, and the submitter's
 * role.
 */
@Service
public class FollowupResponses {

    static final String RESOURCE = "QuestionnaireResponse";
    static final Set<Role> ANSWERERS = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.PATIENT);

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final Schedules schedules;
    private final Responses responses;
    private final FollowupSchedules followup;
    private final FollowupDefaults defaults;
    private final InstrumentSets sets;
    private final InstrumentCatalog catalog;
    private final ApplicationEventPublisher events;
    private final ClinicZones zones;
    private final Clock clock;

    FollowupResponses(PatientRegistry registry, AuditTrail audit, Schedules schedules, Responses responses,
            FollowupSchedules followup, FollowupDefaults defaults, InstrumentSets sets, InstrumentCatalog catalog,
            ApplicationEventPublisher events, ClinicZones zones, Clock clock) {
        this.zones = zones;
        this.registry = registry;
        this.audit = audit;
        this.schedules = schedules;
        this.responses = responses;
        this.followup = followup;
        this.defaults = defaults;
        this.sets = sets;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** A task with its questions and saved answers. */
    @Transactional
    public QuestionnaireTask open(Actor actor, PatientId patient, long taskId) {
        registry.authorize(actor, patient, AuditAction.READ, RESOURCE, ANSWERERS);
        TaskRow task = taskOf(actor, patient, AuditAction.READ, taskId);
        StoredResponse response = task.responseId() == null ? null : responses.byId(task.responseId()).orElse(null);
        Map<String, Integer> answers = response != null
                ? QuestionnaireResponses.readAnswers(catalog.instrument(response.instrumentId()), response.resource())
                : QuestionnaireResponses.readDraft(task.draftAnswers());
        audit.success(actor, AuditAction.READ, patient, RESOURCE, taskId, task.planned().instrumentId());
        return new QuestionnaireTask(view(task, response), catalog.instrument(task.planned().instrumentId()),
                answers);
    }

    /**
     * Saves partial answers without scoring them.
     *
     * @throws InvalidInput naming the question when an answer lies outside its scale
     * @throws Conflict when the task was submitted or changed since {@code expectedVersion}
     */
    @Transactional
    public TaskView saveDraft(Actor actor, PatientId patient, long taskId, Map<String, Integer> answers,
            int expectedVersion) {
        registry.authorize(actor, patient, AuditAction.UPDATE, RESOURCE, ANSWERERS);
        TaskRow task = answerable(actor, patient, AuditAction.UPDATE, taskId);
        Map<String, Integer> given = present(answers);
        catalog.score(task.planned().instrumentId(), given);
        if (!schedules.saveDraft(taskId, QuestionnaireResponses.writeDraft(given), Instant.now(clock),
                expectedVersion)) {
            throw new Conflict("version", "These answers were changed elsewhere meanwhile; reload and try again.");
        }
        audit.success(actor, AuditAction.UPDATE, patient, RESOURCE, taskId, "draft answers=" + given.size());
        return view(schedules.task(taskId).orElseThrow(), null);
    }

    /**
     * Submits the answers once: scores them, stores the response and publishes {@link QuestionnaireCompleted}.
     *
     * @param answeredOn the day the patient answered, required when staff enter the patient's answers; ignored for
     *     the patient's own (answered the day they submit)
     * @throws InvalidInput naming the question when an answer lies outside its scale, {@code answers} when
     *     nothing is answered, or {@code answeredOn} (see {@link AnswerDates}); nothing is written
     * @throws Conflict when it was already submitted
     */
    @Transactional
    public StoredResponse submit(Actor actor, PatientId patient, long taskId, Map<String, Integer> answers,
            LocalDate answeredOn) {
        PatientView who = registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, ANSWERERS);
        TaskRow task = answerable(actor, patient, AuditAction.CREATE, taskId);
        Map<String, Integer> given = present(answers);
        if (given.isEmpty()) {
            throw InvalidInput.of("answers", "Answer at least one question before submitting.");
        }
        Instrument instrument = catalog.instrument(task.planned().instrumentId());
        Score score = catalog.score(instrument.id(), given);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate answered = answeredOn(actor, task, answeredOn, zones.dayOf(who.clinicId(), now));
        boolean late = AnswerDates.late(task.planned(), answered);
        boolean entered = actor.role() != Role.PATIENT;
        String resource = QuestionnaireResponses.build(instrument, patient, taskId, given,
                entered ? answered.toString() : now.toString(), late);
        StoredResponse draft = new StoredResponse(0, taskId, patient, instrument.id(),
                task.planned().timePointId(), answered, now, actor.displayName(), actor.role() == null ? "SYSTEM"
                        : actor.role().name(), late, resource, score.scales());
        StoredResponse stored = responses.insert(who.clinicId(), draft);
        long id = stored.id();
        if (!schedules.complete(taskId, id)) {
            throw submittedAlready(task);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        score.scales().stream().filter(s -> s.value() != null).forEach(s -> values.put(s.scale(), s.value()));
        events.publishEvent(new QuestionnaireCompleted(id, patient, who.clinicId(), instrument.id(),
                task.planned().timePointId(), values, answered, now, late));
        audit.success(actor, AuditAction.CREATE, patient, RESOURCE, id, "task=" + taskId + " instrument="
                + instrument.id() + " answered=" + answered + (entered ? " entered-by-staff" : "")
                + (late ? " late" : ""));
        return stored;
    }

    /**
     * The day the response counts as answered: the day of submission for the patient's own answers, the day the
     * staff member says for answers given on paper or by phone.
     */
    private LocalDate answeredOn(Actor actor, TaskRow task, LocalDate given, LocalDate today) {
        if (actor.role() == Role.PATIENT) {
            return today;
        }
        LocalDate procedure = schedules.byId(task.scheduleId()).map(ScheduleRow::procedureDate).orElse(null);
        return AnswerDates.enteredByStaff(given, today, task.planned(), procedure);
    }

    private TaskRow answerable(Actor actor, PatientId patient, AuditAction action, long taskId) {
        TaskRow task = taskOf(actor, patient, action, taskId);
        LocalDate today = zones.today(ClinicId.of(task.clinicId()));
        switch (task.status()) {
            case COMPLETED -> throw submittedAlready(task);
            case CANCELLED -> throw new Conflict("taskId", "This questionnaire is no longer part of the follow-up "
                    + "plan; nothing needs to be answered.");
            case MISSED -> throw new Conflict("taskId", "The baseline closed when the procedure was recorded on "
                    + DateStyle.day(task.planned().closesOn(), null)
                    + "; an answer given after treatment would not be a baseline.");
            case PENDING -> {
                if (today.isBefore(task.planned().opensOn())) {
                    throw new Conflict("taskId", "This questionnaire opens on "
                            + DateStyle.day(task.planned().opensOn(), null)
                            + "; it cannot be answered before then.");
                }
            }
        }
        return task;
    }

    /** The task, when it is this patient's; any other task id is refused as not found, and audited. */
    private TaskRow taskOf(Actor actor, PatientId patient, AuditAction action, long taskId) {
        TaskRow task = schedules.task(taskId).orElse(null);
        if (task == null || task.patientId() != patient.value()) {
            audit.denied(actor, action, task == null ? patient : PatientId.of(task.patientId()), RESOURCE, taskId,
                    task == null ? "no such questionnaire" : "questionnaire of another patient");
            throw new NotFound("This patient has no questionnaire " + taskId + ".");
        }
        return task;
    }

    private static Conflict submittedAlready(TaskRow task) {
        return new Conflict("taskId", "This questionnaire was already submitted; it is kept as it was sent and "
                + "cannot be submitted twice.");
    }

    private TaskView view(TaskRow task, StoredResponse response) {
        ScheduleRow schedule = schedules.byId(task.scheduleId()).orElseThrow();
        InstrumentSet set = sets.byId(schedule.instrumentSetId());
        return followup.taskView(task, response, set, defaults.scheduleTemplate(schedule.templateId()),
                zones.today(schedule.clinicId()));
    }

    private static Map<String, Integer> present(Map<String, Integer> answers) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    /** The instruments of every task of the patient (for the views). */
    List<StoredResponse> responsesOf(PatientId patient) {
        return responses.byPatient(patient);
    }
}
