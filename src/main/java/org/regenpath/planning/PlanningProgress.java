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

    private static final String APPROVED = """
            select distinct p.patient_id from planning_plan p
            join planning_plan_version v on v.plan_id = p.id
            where p.clinic_id = :c and v.status = 'APPROVED'""";

    private final JdbcClient jdbc;

    PlanningProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return new HashMap<>();
        }
        return progress(jdbc.sql(APPROVED + " and p.patient_id in (:ids)").param("c", clinic.value())
                .param("ids", patients.stream().map(PatientId::value).toList()));
    }

    @Override
    public Map<PatientId, PatientProgress> progressOfClinic(ClinicId clinic) {
        return progress(jdbc.sql(APPROVED).param("c", clinic.value()));
    }

    private static Map<PatientId, PatientProgress> progress(JdbcClient.StatementSpec query) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        query.query(Long.class).list().forEach(id -> out.put(PatientId.of(id),
                new PatientProgress(PatientStage.PLAN_APPROVED, null, null, null)));
        return out;
    }
}
