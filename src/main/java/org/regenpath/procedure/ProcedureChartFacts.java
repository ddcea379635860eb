package org.regenpath.procedure;

import java.util.List;
import org.regenpath.patient.ChartFact;
import org.regenpath.patient.ChartFacts;
import org.regenpath.patient.PatientView;
import org.springframework.stereotype.Component;

/** The chart overview's treatment fact: the newest recorded procedure, its date and sites. */
@Component
class ProcedureChartFacts implements ChartFacts {

    private final ProcedureRecords records;

    ProcedureChartFacts(ProcedureRecords records) {
        this.records = records;
    }

    @Override
    public List<ChartFact> about(PatientView patient, java.time.ZoneId zone) {
        List<ProcedureRecord> done = records.byPatient(patient.id()).stream()
                .filter(r -> r.patientId().equals(patient.id())).toList();
        if (done.isEmpty()) {
            return List.of(ChartFact.of(ChartFact.PROCEDURE, "treated", "Treated", "Not yet"));
        }
        ProcedureRecord last = done.get(done.size() - 1);
        String sites = String.join("; ", last.sites().stream().map(s -> s.site().describe()).toList());
        return List.of(ChartFact.of(ChartFact.PROCEDURE, "treated", "Treated", ChartFact.day(last.performedAt(), zone)
                + ", " + sites + (done.size() > 1 ? " (" + done.size() + " procedures in all)" : "")));
    }
}
