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

    private final JdbcClient jdbc;

    FollowupProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        if (patients.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select patient_id, min(due_on) as next_due from followup_task
                where clinic_id = :c and patient_id in (:ids) and status = 'PENDING' group by patient_id""")
                .param("c", clinic.value()).param("ids", patients.stream().map(PatientId::value).toList())
                .query((rs, n) -> out.put(PatientId.of(rs.getLong("patient_id")),
                        new PatientProgress(null, null, null, rs.getObject("next_due", LocalDate.class))))
                .list();
        return out;
    }
}
