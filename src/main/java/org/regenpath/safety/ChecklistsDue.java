package org.regenpath.safety;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.followup.DueChecklist;
import org.regenpath.followup.DueChecklists;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/** Implements the follow-up module's {@link DueChecklists} port from {@code safety_checklist}. */
@Component
class ChecklistsDue implements DueChecklists {

    private final ChecklistStore store;

    ChecklistsDue(ChecklistStore store) {
        this.store = store;
    }

    @Override
    public List<DueChecklist> ofPatient(ClinicId clinic, PatientId patient, LocalDate today) {
        return store.byPatient(clinic, patient).stream()
                .filter(r -> !r.answered() && !r.dueOn().isAfter(today)).map(ChecklistsDue::due).toList();
    }

    @Override
    public List<DueChecklist> ofClinic(ClinicId clinic, LocalDate today) {
        return store.unansweredDueBy(clinic, today).stream().map(ChecklistsDue::due).toList();
    }

    private static DueChecklist due(ChecklistStore.Row r) {
        return new DueChecklist(r.id(), r.patientId(), r.day(), r.performedOn(), r.dueOn());
    }
}
