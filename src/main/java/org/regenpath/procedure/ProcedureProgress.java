package org.regenpath.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.regenpath.patient.PatientProgress;
import org.regenpath.patient.PatientProgressSource;
import org.regenpath.patient.PatientStage;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The procedure module's part of where patients stand: the day of the latest injection. */
@Component
class ProcedureProgress implements PatientProgressSource {

    private static final String LATEST = """
            select patient_id, max(performed_at) as latest from procedure_record
            where clinic_id = :c%s group by patient_id""";

    private final JdbcClient jdbc;
    private final ClinicZones zones;

    ProcedureProgress(JdbcClient jdbc, ClinicZones zones) {
        this.zones = zones;
        this.jdbc = jdbc;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return new HashMap<>();
        }
        return progress(clinic, jdbc.sql(LATEST.formatted(" and patient_id in (:ids)")).param("c", clinic.value())
                .param("ids", patients.stream().map(PatientId::value).toList()));
    }

    @Override
    public Map<PatientId, PatientProgress> progressOfClinic(ClinicId clinic) {
        return progress(clinic, jdbc.sql(LATEST.formatted("")).param("c", clinic.value()));
    }

    private Map<PatientId, PatientProgress> progress(ClinicId clinic, JdbcClient.StatementSpec query) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        ZoneId zone = zones.zoneOf(clinic); // once, not per row: it is a query
        query.query((rs, n) -> out.put(PatientId.of(rs.getLong("patient_id")), new PatientProgress(
                        PatientStage.TREATED, LocalDate.ofInstant(
                                rs.getObject("latest", OffsetDateTime.class).toInstant(), zone), null, null)))
                .list();
        return out;
    }
}
