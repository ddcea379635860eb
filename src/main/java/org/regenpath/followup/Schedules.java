package org.regenpath.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code followup_schedule} and {@code followup_task}. */
@Repository
class Schedules {

    private static final String TASK_COLUMNS = """
            id, schedule_id, clinic_id, patient_id, time_point_id, time_point_label, baseline, offset_months,
            position, instrument_id, opens_on, due_on, closes_on, status, draft_answers, draft_saved_at,
            response_id, cancelled_reason, version""";

    private final JdbcClient jdbc;

    Schedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ScheduleRow s, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_schedule (clinic_id, patient_id, plan_id, condition_id, condition_name,
                    instrument_set_id, template_id, planned_procedure, note, created_at, updated_at, version)
                values (:c, :p, :plan, :cond, :condName, :set, :tpl, :planned, :note, :now, :now, 0)""")
                .param("c", s.clinicId().value()).param("p", s.patientId().value()).param("plan", s.planId())
                .param("cond", s.conditionId()).param("condName", s.conditionName())
                .param("set", s.instrumentSetId()).param("tpl", s.templateId())
                .param("planned", s.plannedProcedure()).param("note", s.note())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<ScheduleRow> byPlan(long planId) {
        return jdbc.sql("select * from followup_schedule where plan_id = :p").param("p", planId)
                .query(Schedules::schedule).optional();
    }

    Optional<ScheduleRow> byId(long id) {
        return jdbc.sql("select * from followup_schedule where id = :id").param("id", id)
                .query(Schedules::schedule).optional();
    }

    List<ScheduleRow> byPatient(PatientId patient) {
        return jdbc.sql("select * from followup_schedule where patient_id = :p order by id")
                .param("p", patient.value()).query(Schedules::schedule).list();
    }

    /** The patient's schedules in the clinic, by id. */
    List<ScheduleRow> byPatient(ClinicId clinic, PatientId patient) {
        return jdbc.sql("select * from followup_schedule where clinic_id = :c and patient_id = :p order by id")
                .param("c", clinic.value()).param("p", patient.value()).query(Schedules::schedule).list();
    }

    /** Every schedule of a clinic (the dashboard). */
    List<ScheduleRow> byClinic(ClinicId clinic) {
        return jdbc.sql("select * from followup_schedule where clinic_id = :c order by id")
                .param("c", clinic.value()).query(Schedules::schedule).list();
    }

    /** Changes the protocol; false when someone else changed the schedule since {@code expectedVersion}. */
    boolean updateProtocol(long id, String setId, String templateId, String note, int expectedVersion,
            Instant now) {
        return jdbc.sql("""
                update followup_schedule set instrument_set_id = :set, template_id = :tpl, note = :note,
                    updated_at = :now, version = version + 1
                where id = :id and version = :v""")
                .param("set", setId).param("tpl", templateId).param("note", note)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", id).param("v", expectedVersion)
                .update() == 1;
    }

    /** Records the procedure; false when one is already recorded. */
    boolean recordProcedure(long id, long procedureId, LocalDate performedOn, Instant now) {
        return jdbc.sql("""
                update followup_schedule set procedure_id = :proc, procedure_date = :day, updated_at = :now,
                    version = version + 1
                where id = :id and procedure_id is null""")
                .param("proc", procedureId).param("day", performedOn).param("now", now.atOffset(ZoneOffset.UTC))
                .param("id", id).update() == 1;
    }

    void insertTask(ScheduleRow s, PlannedTask t) {
        jdbc.sql("""
                insert into followup_task (schedule_id, clinic_id, patient_id, time_point_id, time_point_label,
                    baseline, offset_months, position, instrument_id, opens_on, due_on, closes_on, status, version)
                values (:s, :c, :p, :tp, :label, :baseline, :offset, :pos, :instrument, :opens, :due, :closes,
                    'PENDING', 0)""")
                .param("s", s.id()).param("c", s.clinicId().value()).param("p", s.patientId().value())
                .param("tp", t.timePointId()).param("label", t.timePointLabel()).param("baseline", t.baseline())
                .param("offset", t.offsetMonths()).param("pos", t.position()).param("instrument", t.instrumentId())
                .param("opens", t.opensOn()).param("due", t.dueOn()).param("closes", t.closesOn())
                .update();
    }

    List<TaskRow> tasks(long scheduleId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from followup_task where schedule_id = :s order by position, id")
                .param("s", scheduleId).query(Schedules::task).list();
    }

    Optional<TaskRow> task(long taskId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from followup_task where id = :id").param("id", taskId)
                .query(Schedules::task).optional();
    }

    void redate(long taskId, PlannedTask t) {
        jdbc.sql("""
                update followup_task set opens_on = :opens, due_on = :due, closes_on = :closes,
                    time_point_label = :label, position = :pos, version = version + 1
                where id = :id and status = 'PENDING'""")
                .param("opens", t.opensOn()).param("due", t.dueOn()).param("closes", t.closesOn())
                .param("label", t.timePointLabel()).param("pos", t.position()).param("id", taskId).update();
    }

    void cancel(long taskId, String reason) {
        jdbc.sql("""
                update followup_task set status = 'CANCELLED', cancelled_reason = :r, version = version + 1
                where id = :id and status = 'PENDING' and draft_answers is null""")
                .param("r", reason).param("id", taskId).update();
    }

    /**
     * Closes the baseline window on the day the procedure was performed, which may be before the planned day the
     * window was computed from (a window never opens or falls due after it closes), and marks unsubmitted baselines
     * not collected with {@code reason}: an answer given after the procedure would not be a baseline (decision 0029).
     */
    void closeBaseline(long scheduleId, LocalDate procedureDate, String reason) {
        jdbc.sql("""
                update followup_task set closes_on = :d,
                    opens_on = case when opens_on > :d then :d else opens_on end,
                    due_on = case when due_on > :d then :d else due_on end,
                    version = version + 1
                where schedule_id = :s and baseline""")
                .param("d", procedureDate).param("s", scheduleId).update();
        jdbc.sql("""
                update followup_task set status = 'MISSED', cancelled_reason = :r, version = version + 1
                where schedule_id = :s and baseline and status = 'PENDING'""")
                .param("r", reason).param("s", scheduleId).update();
    }

    /** Says why the baselines a procedure closed unanswered were not collected. */
    void markNotCollected(long scheduleId, String reason) {
        jdbc.sql("""
                update followup_task set cancelled_reason = :r, version = version + 1
                where schedule_id = :s and baseline and status = 'MISSED'""")
                .param("r", reason).param("s", scheduleId).update();
    }

    /** Saves a draft; false when the task changed since {@code expectedVersion} or is no longer pending. */
    boolean saveDraft(long taskId, String answers, Instant now, int expectedVersion) {
        return jdbc.sql("""
                update followup_task set draft_answers = :a, draft_saved_at = :now, version = version + 1
                where id = :id and status = 'PENDING' and version = :v""")
                .param("a", answers).param("now", now.atOffset(ZoneOffset.UTC)).param("id", taskId)
                .param("v", expectedVersion).update() == 1;
    }

    /** Marks the task submitted; false when it was already submitted (or is no longer pending). */
    boolean complete(long taskId, long responseId) {
        return jdbc.sql("""
                update followup_task set status = 'COMPLETED', response_id = :r, version = version + 1
                where id = :id and status = 'PENDING'""")
                .param("r", responseId).param("id", taskId).update() == 1;
    }

    /** Pending tasks of a clinic whose window has opened by {@code today}, for the coordinator dashboard. */
    List<TaskRow> openOrOverdue(ClinicId clinic, LocalDate today) {
        return jdbc.sql("select " + TASK_COLUMNS + """
                 from followup_task where clinic_id = :c and status = 'PENDING' and opens_on <= :today
                order by due_on, patient_id, position""")
                .param("c", clinic.value()).param("today", today).query(Schedules::task).list();
    }

    /** Pending tasks of a clinic whose window has opened by its {@code today}, for the reminders. */
    List<TaskRow> pendingOpened(ClinicId clinic, LocalDate today) {
        return jdbc.sql("select " + TASK_COLUMNS + """
                 from followup_task where clinic_id = :c and status = 'PENDING' and opens_on <= :today
                order by schedule_id, position""")
                .param("c", clinic.value()).param("today", today).query(Schedules::task).list();
    }

    /** Every task of a clinic that is not cancelled and whose window has opened (the attrition view). */
    List<TaskRow> opened(ClinicId clinic, LocalDate today) {
        return jdbc.sql("select " + TASK_COLUMNS
                        + " from followup_task where clinic_id = :c and status <> 'CANCELLED' and opens_on <= :today")
                .param("c", clinic.value()).param("today", today).query(Schedules::task).list();
    }

    private static ScheduleRow schedule(ResultSet rs, int n) throws SQLException {
        long proc = rs.getLong("procedure_id");
        Long procedureId = rs.wasNull() ? null : proc;
        return new ScheduleRow(rs.getLong("id"), ClinicId.of(rs.getLong("clinic_id")),
                PatientId.of(rs.getLong("patient_id")), rs.getLong("plan_id"), rs.getString("condition_id"),
                rs.getString("condition_name"), rs.getString("instrument_set_id"), rs.getString("template_id"),
                rs.getObject("planned_procedure", LocalDate.class), procedureId,
                rs.getObject("procedure_date", LocalDate.class), rs.getString("note"), rs.getInt("version"));
    }

    private static TaskRow task(ResultSet rs, int n) throws SQLException {
        PlannedTask planned = new PlannedTask(rs.getString("time_point_id"), rs.getString("time_point_label"),
                rs.getBoolean("baseline"), rs.getInt("offset_months"), rs.getInt("position"),
                rs.getString("instrument_id"), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class));
        long resp = rs.getLong("response_id");
        Long responseId = rs.wasNull() ? null : resp;
        OffsetDateTime saved = rs.getObject("draft_saved_at", OffsetDateTime.class);
        return new TaskRow(rs.getLong("id"), rs.getLong("schedule_id"), rs.getLong("clinic_id"),
                rs.getLong("patient_id"), planned, TaskStatus.valueOf(rs.getString("status")),
                rs.getString("draft_answers"), saved == null ? null : saved.toInstant(), responseId,
                rs.getString("cancelled_reason"), rs.getInt("version"));
    }
}
