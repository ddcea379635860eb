package org.regenpath.procedure;

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

/** The procedure module's part of where patients stand: the day of the latest injection. */
@Component
class ProcedureProgress implements PatientProgressSource {

    private final JdbcClient jdbc;

    private final org.regenpath.shared.ClinicZones zones;

    ProcedureProgress(JdbcClient jdbc, org.regenpath.shared.ClinicZones zones) {
        this.zones = zones;
        this.jdbc = jdbc;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        if (patients.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select patient_id, max(performed_at) as latest from procedure_record
                where clinic_id = :c and patient_id in (:ids) group by patient_id""")
                .param("c", clinic.value()).param("ids", patients.stream().map(PatientId::value).toList())
                .query((rs, n) -> out.put(PatientId.of(rs.getLong("patient_id")), new PatientProgress(
                        PatientStage.TREATED, zones.dayOf(clinic,
                                rs.getObject("latest", OffsetDateTime.class).toInstant()), null, null)))
                .list();
        return out;
    }
}
