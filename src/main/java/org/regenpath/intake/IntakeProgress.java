package org.regenpath.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.regenpath.patient.PatientProgress;
import org.regenpath.patient.PatientProgressSource;
import org.regenpath.patient.PatientStage;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intake's part of where patients stand: the current candidacy decision and the condition being treated. */
@Component
class IntakeProgress implements PatientProgressSource {

    private final JdbcClient jdbc;
    private final ConditionCatalog catalog;

    private final org.regenpath.shared.ClinicZones zones;

    IntakeProgress(JdbcClient jdbc, ConditionCatalog catalog, org.regenpath.shared.ClinicZones zones) {
        this.zones = zones;
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        if (patients.isEmpty()) {
            return out;
        }
        var ids = patients.stream().map(PatientId::value).toList();
        jdbc.sql("""
                select c.patient_id, c.condition_id from intake_pain_condition c
                where c.clinic_id = :c and c.patient_id in (:ids) and c.entered_in_error = false
                order by c.id""")
                .param("c", clinic.value()).param("ids", ids)
                .query((rs, n) -> {
                    String name = catalog.condition(rs.getString("condition_id")).map(CatalogCondition::display)
                            .orElse(null);
                    out.put(PatientId.of(rs.getLong("patient_id")), new PatientProgress(null, null, name, null));
                    return null;
                }).list();
        jdbc.sql("""
                select d.patient_id, d.outcome, d.decided_at from intake_candidacy_decision d
                where d.clinic_id = :c and d.patient_id in (:ids)
                  and d.id = (select max(x.id) from intake_candidacy_decision x where x.patient_id = d.patient_id)""")
                .param("c", clinic.value()).param("ids", ids)
                .query((rs, n) -> {
                    PatientStage stage = Outcome.ELIGIBLE.name().equals(rs.getString("outcome"))
                            ? PatientStage.ELIGIBLE : PatientStage.NOT_ELIGIBLE;
                    LocalDate on = zones.dayOf(clinic,
                            rs.getObject("decided_at", OffsetDateTime.class).toInstant());
                    out.merge(PatientId.of(rs.getLong("patient_id")), new PatientProgress(stage, on, null, null),
                            PatientProgress::merge);
                    return null;
                }).list();
        return out;
    }
}
