package org.regenpath.patient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.audit.AuditPatients;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/** The patient registry's side of the audit trail's {@link AuditPatients} port: names and MRNs for the auditor. */
@Component
class AuditPatientDirectory implements AuditPatients {

    private final Patients patients;

    AuditPatientDirectory(Patients patients) {
        this.patients = patients;
    }

    @Override
    public List<Long> matching(ClinicId clinic, String text, int limit) {
        return patients.search(clinic, PatientFilter.text(text), PatientSort.NAME, 0, limit).stream()
                .map(p -> p.id().value()).toList();
    }

    @Override
    public Map<Long, String> labels(ClinicId clinic, Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        patients.byIds(clinic, ids.stream().map(PatientId::of).toList())
                .forEach(p -> out.put(p.id().value(), p.label()));
        return out;
    }
}
