package org.regenpath.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code intake_pain_condition} and {@code intake_treatment}. */
@Repository
class PainConditions {

    /** A stored pain condition with its treatments, before the catalog's names are resolved. */
    record Row(
            long id,
            PatientId patientId,
            ClinicId clinicId,
            String conditionId,
            String icd10Code,
            String bodySite,
            Laterality laterality,
            LocalDate onsetDate,
            int baselineNrs,
            Integer klGrade,
            String notes,
            boolean enteredInError,
            String enteredInErrorReason,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            int version,
            List<Treatment> treatments) {}

    private final JdbcClient jdbc;

    PainConditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> byPatient(PatientId patient) {
        return byPatient(null, patient);
    }

    /**
     * The patient's conditions with their treatments, in two queries; only those of {@code clinic} when it is not
     * null.
     */
    List<Row> byPatient(ClinicId clinic, PatientId patient) {
        String inClinic = clinic == null ? "" : " and c.clinic_id = :c";
        List<Row> rows = jdbc.sql("select c.* from intake_pain_condition c where c.patient_id = :p" + inClinic
                        + " order by c.onset_date, c.id")
                .param("p", patient.value())
                .param("c", clinic == null ? null : clinic.value())
                .query(PainConditions::map)
                .list();
        Map<Long, List<Treatment>> treatments = new LinkedHashMap<>();
        jdbc.sql("""
                select t.* from intake_treatment t join intake_pain_condition c on c.id = t.pain_condition_id
                where c.patient_id = :p""" + inClinic + " order by t.pain_condition_id, t.sort_order")
                .param("p", patient.value())
                .param("c", clinic == null ? null : clinic.value())
                .query((rs, n) -> {
                    treatments.computeIfAbsent(rs.getLong("pain_condition_id"), k -> new ArrayList<>())
                            .add(treatment(rs));
                    return null;
                })
                .list();
        return rows.stream().map(r -> withTreatments(r, treatments.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The condition, if it belongs to this clinic. */
    Optional<Row> byId(ClinicId clinic, long id) {
        return jdbc.sql("select * from intake_pain_condition where id = :id and clinic_id = :c")
                .param("id", id)
                .param("c", clinic.value())
                .query(PainConditions::map)
                .optional()
                .map(r -> withTreatments(r, treatmentsOf(r.id())));
    }

    /** The condition, if it belongs to this patient. */
    Optional<Row> byId(PatientId patient, long id) {
        return jdbc.sql("select * from intake_pain_condition where id = :id and patient_id = :p")
                .param("id", id)
                .param("p", patient.value())
                .query(PainConditions::map)
                .optional()
                .map(r -> withTreatments(r, treatmentsOf(r.id())));
    }

    long insert(PatientId patient, ClinicId clinic, ConditionInput in, String who, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intake_pain_condition (patient_id, clinic_id, condition_id, icd10_code, body_site,
                    laterality, onset_date, baseline_nrs, kl_grade, notes, entered_in_error, created_at, created_by,
                    updated_at, updated_by, version)
                values (:p, :c, :condition, :code, :site, :side, :onset, :nrs, :kl, :notes, false, :now, :who, :now,
                    :who, 0)""")
                .param("p", patient.value())
                .param("c", clinic.value())
                .param("condition", in.conditionId())
                .param("code", in.icd10Code())
                .param("site", in.bodySite())
                .param("side", in.laterality().name())
                .param("onset", in.onsetDate())
                .param("nrs", in.baselineNrs())
                .param("kl", in.klGrade())
                .param("notes", blankToNull(in.notes()))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("who", who)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertTreatments(id, in.treatments());
        return id;
    }

    /** Replaces the condition when the stored version still matches; false means someone else saved first. */
    boolean update(long id, ConditionInput in, int expectedVersion, String who, Instant now) {
        int changed = jdbc.sql("""
                update intake_pain_condition set condition_id = :condition, icd10_code = :code, body_site = :site,
                    laterality = :side, onset_date = :onset, baseline_nrs = :nrs, kl_grade = :kl, notes = :notes,
                    updated_at = :now, updated_by = :who, version = version + 1
                where id = :id and version = :v and entered_in_error = false""")
                .param("condition", in.conditionId())
                .param("code", in.icd10Code())
                .param("site", in.bodySite())
                .param("side", in.laterality().name())
                .param("onset", in.onsetDate())
                .param("nrs", in.baselineNrs())
                .param("kl", in.klGrade())
                .param("notes", blankToNull(in.notes()))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("who", who)
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("delete from intake_treatment where pain_condition_id = :id").param("id", id).update();
        insertTreatments(id, in.treatments());
        return true;
    }

    boolean markEnteredInError(long id, int expectedVersion, String reason, String who, Instant now) {
        return jdbc.sql("""
                update intake_pain_condition set entered_in_error = true, entered_in_error_reason = :reason,
                    updated_at = :now, updated_by = :who, version = version + 1
                where id = :id and version = :v and entered_in_error = false""")
                        .param("reason", blankToNull(reason))
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .param("who", who)
                        .param("id", id)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    private void insertTreatments(long conditionId, List<TreatmentInput> treatments) {
        int order = 0;
        for (TreatmentInput t : treatments == null ? List.<TreatmentInput>of() : treatments) {
            jdbc.sql("""
                    insert into intake_treatment (pain_condition_id, sort_order, category, description,
                        duration_weeks, response, start_date, last_date, injection_site)
                    values (:c, :o, :category, :description, :weeks, :response, :start, :last, :site)""")
                    .param("c", conditionId)
                    .param("o", order++)
                    .param("category", t.category().name())
                    .param("description", blankToNull(t.description()))
                    .param("weeks", t.durationWeeks())
                    .param("response", t.response().name())
                    .param("start", t.startDate())
                    .param("last", t.lastDate())
                    .param("site", blankToNull(t.injectionSite()))
                    .update();
        }
    }

    private List<Treatment> treatmentsOf(long conditionId) {
        return jdbc.sql("select * from intake_treatment where pain_condition_id = :c order by sort_order")
                .param("c", conditionId)
                .query((rs, n) -> treatment(rs))
                .list();
    }

    private static Treatment treatment(ResultSet rs) throws SQLException {
        return new Treatment(
                TreatmentCategory.valueOf(rs.getString("category")),
                rs.getString("description"),
                rs.getInt("duration_weeks"),
                TreatmentResponse.valueOf(rs.getString("response")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("last_date", LocalDate.class),
                rs.getString("injection_site"));
    }

    private static Row withTreatments(Row r, List<Treatment> treatments) {
        return new Row(r.id(), r.patientId(), r.clinicId(), r.conditionId(), r.icd10Code(), r.bodySite(),
                r.laterality(),
                r.onsetDate(), r.baselineNrs(), r.klGrade(), r.notes(), r.enteredInError(), r.enteredInErrorReason(),
                r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy(), r.version(), List.copyOf(treatments));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                new PatientId(rs.getLong("patient_id")),
                new ClinicId(rs.getLong("clinic_id")),
                rs.getString("condition_id"),
                rs.getString("icd10_code"),
                rs.getString("body_site"),
                Laterality.valueOf(rs.getString("laterality")),
                rs.getObject("onset_date", LocalDate.class),
                rs.getInt("baseline_nrs"),
                rs.getObject("kl_grade", Integer.class),
                rs.getString("notes"),
                rs.getBoolean("entered_in_error"),
                rs.getString("entered_in_error_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"),
                rs.getInt("version"),
                List.of());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
