package org.regenpath.planning;

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

/** Planning's part of where patients stand: whether a treatment plan has an approved version. */
@Component
class PlanningProgress implements PatientProgressSource {

    private final JdbcClient jdbc;

    PlanningProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        if (patients.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select distinct p.patient_id from planning_plan p
                join planning_plan_version v on v.plan_id = p.id
                where p.clinic_id = :c and p.patient_id in (:ids) and v.status = 'APPROVED'""")
                .param("c", clinic.value()).param("ids", patients.stream().map(PatientId::value).toList())
                .query(Long.class).list()
                .forEach(id -> out.put(PatientId.of(id),
                        new PatientProgress(PatientStage.PLAN_APPROVED, null, null, null)));
        return out;
    }
}
