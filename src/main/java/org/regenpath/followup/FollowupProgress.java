package org.regenpath.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.regenpath.patient.PatientProgress;
import org.regenpath.patient.PatientProgressSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Follow-up's part of where patients stand: the day the next open questionnaire is due. */
@Component
class FollowupProgress implements PatientProgressSource {

    private static final String NEXT_DUE = """
            select patient_id, min(due_on) as next_due from followup_task
            where clinic_id = :c%s and status = 'PENDING' group by patient_id""";

    private final JdbcClient jdbc;

    FollowupProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return new HashMap<>();
        }
        return progress(jdbc.sql(NEXT_DUE.formatted(" and patient_id in (:ids)")).param("c", clinic.value())
                .param("ids", patients.stream().map(PatientId::value).toList()));
    }

    @Override
    public Map<PatientId, PatientProgress> progressOfClinic(ClinicId clinic) {
        return progress(jdbc.sql(NEXT_DUE.formatted("")).param("c", clinic.value()));
    }

    private static Map<PatientId, PatientProgress> progress(JdbcClient.StatementSpec query) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        query.query((rs, n) -> out.put(PatientId.of(rs.getLong("patient_id")),
                        new PatientProgress(null, null, null, rs.getObject("next_due", LocalDate.class))))
                .list();
        return out;
    }
}
