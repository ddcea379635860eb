package org.regenpath.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checklists and their answers in {@code safety_checklist} and {@code safety_checklist_answer}. */
@Repository
class ChecklistStore {

    /** A stored checklist, with the items it asks (from its answers once answered, else from its content). */
    record Row(long id, ClinicId clinicId, PatientId patientId, long procedureId, int day, LocalDate performedOn,
            LocalDate dueOn, String version, boolean harvest, Instant answeredAt, LocalDate answeredOn,
            String answeredBy, String answeredByRole, ChecklistChannel channel) {

        boolean answered() {
            return answeredAt != null;
        }
    }

    /** One stored answer. */
    record Answer(String itemId, String term, ChecklistSite site, String question, boolean yes,
            ProblemSeverity severity) {}

    private static final String COLUMNS = """
            id, clinic_id, patient_id, procedure_id, day_after_procedure, performed_on, due_on, content_version,
            harvest_items, answered_at, answered_on, answered_by, answered_by_role, answered_how""";

    private final JdbcClient jdbc;

    ChecklistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean existFor(long procedureId) {
        return jdbc.sql("select count(*) from safety_checklist where procedure_id = :p").param("p", procedureId)
                .query(Long.class).single() > 0;
    }

    void insert(ClinicId clinic, PatientId patient, long procedureId, int day, LocalDate performedOn,
            LocalDate dueOn, String version, boolean harvest, Instant now) {
        jdbc.sql("""
                insert into safety_checklist (clinic_id, patient_id, procedure_id, day_after_procedure, performed_on,
                    due_on, content_version, harvest_items, state, created_at)
                values (:c, :p, :proc, :day, :performed, :due, :v, :h, 'UNANSWERED', :now)""")
                .param("c", clinic.value()).param("p", patient.value()).param("proc", procedureId)
                .param("day", day).param("performed", performedOn).param("due", dueOn).param("v", version)
                .param("h", harvest).param("now", now.atOffset(ZoneOffset.UTC)).update();
    }

    List<Row> byPatient(ClinicId clinic, PatientId patient) {
        return jdbc.sql("select " + COLUMNS + """
                 from safety_checklist where clinic_id = :c and patient_id = :p
                order by due_on, procedure_id, id""")
                .param("c", clinic.value()).param("p", patient.value()).query(ChecklistStore::row).list();
    }

    Optional<Row> byId(ClinicId clinic, PatientId patient, long id) {
        return jdbc.sql("select " + COLUMNS + " from safety_checklist where id = :id and clinic_id = :c"
                        + " and patient_id = :p")
                .param("id", id).param("c", clinic.value()).param("p", patient.value())
                .query(ChecklistStore::row).optional();
    }

    /** The clinic's unanswered checklists due on or before {@code day}, oldest due first. */
    List<Row> unansweredDueBy(ClinicId clinic, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + """
                 from safety_checklist where clinic_id = :c and state = 'UNANSWERED' and due_on <= :d
                order by due_on, id""")
                .param("c", clinic.value()).param("d", day).query(ChecklistStore::row).list();
    }

    /** The clinic's procedures after which at least one checklist was answered. */
    Set<Long> answeredProcedures(ClinicId clinic) {
        return new HashSet<>(jdbc.sql("""
                select distinct procedure_id from safety_checklist where clinic_id = :c and state = 'ANSWERED'""")
                .param("c", clinic.value()).query(Long.class).list());
    }

    List<Answer> answers(long checklistId) {
        return jdbc.sql("""
                select item_id, term, site, question, answer_yes, severity from safety_checklist_answer
                where checklist_id = :id order by position""")
                .param("id", checklistId)
                .query((rs, n) -> new Answer(rs.getString("item_id"), rs.getString("term"),
                        ChecklistSite.valueOf(rs.getString("site")), rs.getString("question"),
                        rs.getBoolean("answer_yes"), rs.getString("severity") == null ? null
                                : ProblemSeverity.valueOf(rs.getString("severity"))))
                .list();
    }

    /**
     * Marks the checklist answered, if nobody did first.
     *
     * @return whether this call answered it
     */
    boolean markAnswered(long id, Instant at, LocalDate on, String by, String byRole, ChecklistChannel how) {
        return jdbc.sql("""
                update safety_checklist set state = 'ANSWERED', answered_at = :at, answered_on = :on,
                    answered_by = :by, answered_by_role = :role, answered_how = :how
                where id = :id and state = 'UNANSWERED'""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("on", on).param("by", by).param("role", byRole)
                .param("how", how.name()).param("id", id).update() == 1;
    }

    void insertAnswers(long checklistId, List<Answer> answers) {
        List<Answer> in = new ArrayList<>(answers);
        for (int i = 0; i < in.size(); i++) {
            Answer a = in.get(i);
            jdbc.sql("""
                    insert into safety_checklist_answer (checklist_id, position, item_id, term, site, question,
                        answer_yes, severity)
                    values (:c, :pos, :item, :term, :site, :q, :yes, :sev)""")
                    .param("c", checklistId).param("pos", i + 1).param("item", a.itemId()).param("term", a.term())
                    .param("site", a.site().name()).param("q", a.question()).param("yes", a.yes())
                    .param("sev", a.severity() == null ? null : a.severity().name()).update();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("answered_at", OffsetDateTime.class);
        String how = rs.getString("answered_how");
        return new Row(rs.getLong("id"), ClinicId.of(rs.getLong("clinic_id")), PatientId.of(rs.getLong("patient_id")),
                rs.getLong("procedure_id"), rs.getInt("day_after_procedure"),
                rs.getObject("performed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("content_version"), rs.getBoolean("harvest_items"), at == null ? null : at.toInstant(),
                rs.getObject("answered_on", LocalDate.class), rs.getString("answered_by"),
                rs.getString("answered_by_role"), how == null ? null : ChecklistChannel.valueOf(how));
    }
}
