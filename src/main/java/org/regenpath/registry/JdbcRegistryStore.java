package org.regenpath.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's tables. A row is written only when its key is not there yet ({@code insert … select … where not
 * exists}, the same on H2 and PostgreSQL), so a redelivered event changes nothing; two deliveries racing end with
 * one failing on the primary key and being retried, which then finds the row.
 */
@Repository
class JdbcRegistryStore implements RegistryStore {

    private final JdbcClient jdbc;

    JdbcRegistryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean saveTreatment(RegistryTreatment t) {
        return jdbc.sql("""
                insert into registry_treatment (procedure_id, clinic_id, patient_id, plan_id, product_id, performed_at,
                    cell_source, product_type, condition_id)
                select :id, :c, :p, :plan, :product, :at, :source, :type, :condition
                where not exists (select 1 from registry_treatment where procedure_id = :id)""")
                .param("id", t.procedureId()).param("c", t.clinicId().value()).param("p", t.patientId().value())
                .param("plan", t.planId()).param("product", t.productId())
                .param("at", t.performedAt().atOffset(ZoneOffset.UTC)).param("source", t.cellSource().name())
                .param("type", t.productType().name()).param("condition", t.conditionId())
                .update() == 1;
    }

    @Override
    public boolean saveResponse(RegistryResponse r) {
        int written = jdbc.sql("""
                insert into registry_response (response_id, clinic_id, patient_id, instrument_id, time_point_id,
                    answered_on, submitted_at, late)
                select :id, :c, :p, :instrument, :tp, :on, :at, :late
                where not exists (select 1 from registry_response where response_id = :id)""")
                .param("id", r.responseId()).param("c", r.clinicId().value()).param("p", r.patientId().value())
                .param("instrument", r.instrumentId()).param("tp", r.timePointId()).param("on", r.answeredOn())
                .param("at", r.submittedAt().atOffset(ZoneOffset.UTC)).param("late", r.late())
                .update();
        if (written == 0) {
            return false;
        }
        for (RegistryResponse.Score s : r.scores()) {
            jdbc.sql("""
                    insert into registry_response_score (response_id, scale, score_value, raw_sum, item_count)
                    values (:id, :scale, :value, :raw, :items)""")
                    .param("id", r.responseId()).param("scale", s.scale()).param("value", s.value())
                    .param("raw", s.rawSum()).param("items", s.itemCount())
                    .update();
        }
        return true;
    }

    @Override
    public void clear(ClinicId clinic) {
        jdbc.sql("""
                delete from registry_response_score where response_id in
                    (select response_id from registry_response where clinic_id = :c)""")
                .param("c", clinic.value()).update();
        jdbc.sql("delete from registry_response where clinic_id = :c").param("c", clinic.value()).update();
        jdbc.sql("delete from registry_treatment where clinic_id = :c").param("c", clinic.value()).update();
    }

    @Override
    public List<RegistryTreatment> treatments(ClinicId clinic) {
        return jdbc.sql("select * from registry_treatment where clinic_id = :c order by procedure_id")
                .param("c", clinic.value())
                .query((rs, n) -> new RegistryTreatment(rs.getLong("procedure_id"), clinic,
                        PatientId.of(rs.getLong("patient_id")), rs.getLong("plan_id"), rs.getString("product_id"),
                        rs.getObject("performed_at", OffsetDateTime.class).toInstant(),
                        CellSource.valueOf(rs.getString("cell_source")),
                        ProductType.valueOf(rs.getString("product_type")), rs.getString("condition_id")))
                .list();
    }

    @Override
    public List<RegistryResponse> responses(ClinicId clinic) {
        Map<Long, List<RegistryResponse.Score>> scores = new LinkedHashMap<>();
        jdbc.sql("""
                select s.* from registry_response_score s join registry_response r on r.response_id = s.response_id
                where r.clinic_id = :c order by s.response_id, s.scale""")
                .param("c", clinic.value())
                .query((ResultSet rs) -> {
                    scores.computeIfAbsent(rs.getLong("response_id"), k -> new ArrayList<>()).add(score(rs));
                });
        return jdbc.sql("select * from registry_response where clinic_id = :c order by response_id")
                .param("c", clinic.value())
                .query((rs, n) -> new RegistryResponse(rs.getLong("response_id"), clinic,
                        PatientId.of(rs.getLong("patient_id")), rs.getString("instrument_id"),
                        rs.getString("time_point_id"), rs.getObject("answered_on", LocalDate.class),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getBoolean("late"),
                        scores.getOrDefault(rs.getLong("response_id"), List.of())))
                .list();
    }

    private static RegistryResponse.Score score(ResultSet rs) throws SQLException {
        int raw = rs.getInt("raw_sum");
        Integer rawSum = rs.wasNull() ? null : raw;
        return new RegistryResponse.Score(rs.getString("scale"), rs.getBigDecimal("score_value"), rawSum,
                rs.getInt("item_count"));
    }
}
