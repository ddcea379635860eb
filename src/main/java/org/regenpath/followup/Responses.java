package org.regenpath.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regenpath.instrument.Provenance;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.ScoreStatus;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only tables {@code followup_response} and {@code followup_response_score}. */
@Repository
class Responses {

    private static final int SCORE_DECIMALS = 3;

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a response and its scores and returns them as stored, without reading them back: the values the
     * columns' types keep (scores to three decimals, notes to 500 characters, no raw sum), with the new id.
     * {@code r.submittedAt()} must already be whole microseconds, the column's precision.
     */
    StoredResponse insert(ClinicId clinic, StoredResponse r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_response (task_id, clinic_id, patient_id, instrument_id, time_point_id,
                    answered_on, submitted_at, submitted_by, submitted_by_role, late, resource)
                values (:t, :c, :p, :i, :tp, :on, :at, :by, :role, :late, :res)""")
                .param("t", r.taskId()).param("c", clinic.value()).param("p", r.patientId().value())
                .param("i", r.instrumentId()).param("tp", r.timePointId()).param("on", r.answeredOn())
                .param("at", r.submittedAt().atOffset(ZoneOffset.UTC)).param("by", r.submittedBy())
                .param("role", r.submittedByRole()).param("late", r.late()).param("res", r.resource())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        List<ScaleScore> stored = r.scores().stream().map(Responses::asStored).toList();
        for (ScaleScore s : stored) {
            jdbc.sql("""
                    insert into followup_response_score (response_id, patient_id, clinic_id, instrument_id,
                        time_point_id, scale, label, status, score, answered, item_count, band, provenance, note)
                    values (:r, :p, :c, :i, :tp, :scale, :label, :status, :score, :answered, :items, :band, :prov,
                        :note)""")
                    .param("r", id).param("p", r.patientId().value()).param("c", clinic.value())
                    .param("i", r.instrumentId()).param("tp", r.timePointId()).param("scale", s.scale())
                    .param("label", s.label()).param("status", s.status().name())
                    .param("score", s.value() == null ? null : BigDecimal.valueOf(s.value()))
                    .param("answered", s.answered()).param("items", s.itemCount())
                    .param("band", s.band()).param("prov", s.provenance().name()).param("note", s.note())
                    .update();
        }
        return new StoredResponse(id, r.taskId(), r.patientId(), r.instrumentId(), r.timePointId(), r.answeredOn(),
                r.submittedAt(), r.submittedBy(), r.submittedByRole(), r.late(), r.resource(), stored);
    }

    /** A score as its row keeps it: numeric(9, 3) rounds half away from zero, as HALF_UP does. */
    static ScaleScore asStored(ScaleScore s) {
        Double value = s.value() == null ? null
                : BigDecimal.valueOf(s.value()).setScale(SCORE_DECIMALS, RoundingMode.HALF_UP).doubleValue();
        return new ScaleScore(s.scale(), s.label() == null ? s.scale() : s.label(), s.status(), value, null,
                s.answered(), s.itemCount(), s.band(), s.provenance(), truncate(s.note()));
    }

    /** Every response of the patient with its scores, oldest first. */
    List<StoredResponse> byPatient(PatientId patient) {
        Map<Long, List<ScaleScore>> scores = new LinkedHashMap<>();
        jdbc.sql("select * from followup_response_score where patient_id = :p order by id")
                .param("p", patient.value())
                .query((ResultSet rs) -> {
                    scores.computeIfAbsent(rs.getLong("response_id"), k -> new ArrayList<>()).add(score(rs));
                });
        return jdbc.sql("select * from followup_response where patient_id = :p order by answered_on, submitted_at, id")
                .param("p", patient.value())
                .query((rs, n) -> response(rs, scores.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    /** The clinic's responses among these ids with their scores, by id: one query for each, however many ids. */
    List<StoredResponse> byIds(ClinicId clinic, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withScores(jdbc.sql("select * from followup_response where clinic_id = :c and id in (:ids) order by id")
                .param("c", clinic.value()).param("ids", List.copyOf(ids))
                .query((rs, n) -> response(rs, List.of())).list());
    }

    /** The patient's responses in the clinic with their scores, in the order they were answered. */
    List<StoredResponse> byPatient(ClinicId clinic, PatientId patient) {
        return withScores(jdbc.sql("select * from followup_response where clinic_id = :c and patient_id = :p"
                        + " order by answered_on, submitted_at, id")
                .param("c", clinic.value()).param("p", patient.value())
                .query((rs, n) -> response(rs, List.of())).list());
    }

    /** The clinic's responses submitted after the cursor, in (submitted_at, id) order; responses never change. */
    List<StoredResponse> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return withScores(jdbc.sql("select * from followup_response where clinic_id = :c and "
                        + ChangeCursor.after("submitted_at", "id") + " order by submitted_at, id fetch first " + limit
                        + " rows only")
                .param("c", clinic.value()).param("cursorAt", cursor.at()).param("cursorId", cursor.id())
                .query((rs, n) -> response(rs, List.of())).list());
    }

    /** The responses with the scores of the whole list, read in one query. */
    private List<StoredResponse> withScores(List<StoredResponse> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<ScaleScore>> scores = new HashMap<>();
        jdbc.sql("select * from followup_response_score where response_id in (:ids) order by id")
                .param("ids", heads.stream().map(StoredResponse::id).toList())
                .query((ResultSet rs) -> {
                    scores.computeIfAbsent(rs.getLong("response_id"), k -> new ArrayList<>()).add(score(rs));
                });
        return heads.stream().map(r -> new StoredResponse(r.id(), r.taskId(), r.patientId(), r.instrumentId(),
                r.timePointId(), r.answeredOn(), r.submittedAt(), r.submittedBy(), r.submittedByRole(), r.late(),
                r.resource(), scores.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The tasks of a clinic whose response came after the window closed (the attrition view). */
    Set<Long> lateTasks(ClinicId clinic) {
        return new HashSet<>(jdbc.sql("select task_id from followup_response where clinic_id = :c and late")
                .param("c", clinic.value()).query(Long.class).list());
    }

    Optional<StoredResponse> byId(long id) {
        List<ScaleScore> scores = jdbc.sql("select * from followup_response_score where response_id = :r order by id")
                .param("r", id).query((rs, n) -> score(rs)).list();
        return jdbc.sql("select * from followup_response where id = :id").param("id", id)
                .query((rs, n) -> response(rs, scores)).optional();
    }

    private static StoredResponse response(ResultSet rs, List<ScaleScore> scores) throws SQLException {
        return new StoredResponse(rs.getLong("id"), rs.getLong("task_id"), PatientId.of(rs.getLong("patient_id")),
                rs.getString("instrument_id"), rs.getString("time_point_id"),
                rs.getObject("answered_on", LocalDate.class), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("submitted_by"),
                rs.getString("submitted_by_role"), rs.getBoolean("late"), rs.getString("resource"), scores);
    }

    private static ScaleScore score(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal("score");
        return new ScaleScore(rs.getString("scale"), rs.getString("label"),
                ScoreStatus.valueOf(rs.getString("status")), value == null ? null : value.doubleValue(), null,
                rs.getInt("answered"), rs.getInt("item_count"), rs.getString("band"),
                Provenance.valueOf(rs.getString("provenance")), rs.getString("note"));
    }

    private static String truncate(String note) {
        return note == null || note.length() <= 500 ? note : note.substring(0, 497) + "...";
    }
}
