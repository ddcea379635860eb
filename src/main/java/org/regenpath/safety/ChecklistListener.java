package org.regenpath.safety;

import org.regenpath.procedure.ProcedureCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes a procedure's solicited checklists when it is recorded. Runs after the publishing transaction commits, in a
 * transaction of its own; the event publication registry retries what fails, and a redelivery makes nothing twice.
 */
@Component
class ChecklistListener {

    private final Checklists checklists;

    ChecklistListener(Checklists checklists) {
        this.checklists = checklists;
    }

    @ApplicationModuleListener
    void on(ProcedureCompleted event) {
        checklists.procedureCompleted(event);
    }
}
