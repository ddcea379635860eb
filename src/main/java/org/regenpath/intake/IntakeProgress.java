package org.regenpath.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.patient.PatientProgress;
import org.regenpath.patient.PatientProgressSource;
import org.regenpath.patient.PatientStage;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intake's part of where patients stand: the current candidacy decision and the condition being treated. */
@Component
class IntakeProgress implements PatientProgressSource {

    private final JdbcClient jdbc;
    private final ConditionCatalog catalog;
    private final ClinicZones zones;

    IntakeProgress(JdbcClient jdbc, ConditionCatalog catalog, ClinicZones zones) {
        this.zones = zones;
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients) {
        if (patients.isEmpty()) {
            return new HashMap<>();
        }
        return progress(clinic, patients.stream().map(PatientId::value).toList());
    }

    @Override
    public Map<PatientId, PatientProgress> progressOfClinic(ClinicId clinic) {
        return progress(clinic, null);
    }

    /** The catalog's conditions, in catalog order. */
    @Override
    public Map<String, String> conditions() {
        Map<String, String> out = new LinkedHashMap<>();
        catalog.conditions().forEach(c -> out.put(c.id(), c.display()));
        return out;
    }

    /** Of the patients {@code ids}, or of all the clinic's patients when {@code ids} is null. */
    private Map<PatientId, PatientProgress> progress(ClinicId clinic, List<Long> ids) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        ZoneId zone = zones.zoneOf(clinic); // once, not per row: it is a query
        String only = ids == null ? "" : " and c.patient_id in (:ids)";
        jdbc.sql("""
                select c.patient_id, c.condition_id from intake_pain_condition c
                where c.clinic_id = :c and c.entered_in_error = false""" + only + " order by c.id")
                .params(params(clinic, ids))
                .query((rs, n) -> {
                    String name = catalog.condition(rs.getString("condition_id")).map(CatalogCondition::display)
                            .orElse(null);
                    out.put(PatientId.of(rs.getLong("patient_id")), new PatientProgress(null, null, name, null));
                    return null;
                }).list();
        jdbc.sql("""
                select d.patient_id, d.outcome, d.decided_at from intake_candidacy_decision d
                where d.clinic_id = :c
                  and d.id = (select max(x.id) from intake_candidacy_decision x where x.patient_id = d.patient_id)"""
                        + only.replace("c.", "d."))
                .params(params(clinic, ids))
                .query((rs, n) -> {
                    PatientStage stage = Outcome.ELIGIBLE.name().equals(rs.getString("outcome"))
                            ? PatientStage.ELIGIBLE : PatientStage.NOT_ELIGIBLE;
                    LocalDate on = LocalDate.ofInstant(
                            rs.getObject("decided_at", OffsetDateTime.class).toInstant(), zone);
                    out.merge(PatientId.of(rs.getLong("patient_id")), new PatientProgress(stage, on, null, null),
                            PatientProgress::merge);
                    return null;
                }).list();
        return out;
    }

    private static Map<String, Object> params(ClinicId clinic, List<Long> ids) {
        Map<String, Object> params = new HashMap<>();
        params.put("c", clinic.value());
        if (ids != null) {
            params.put("ids", ids);
        }
        return params;
    }
}
