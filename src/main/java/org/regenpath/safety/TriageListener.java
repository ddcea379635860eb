package org.regenpath.safety;

import org.regenpath.followup.ProblemReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts what patients report on the clinic's triage list: a problem report, and each reaction answered "yes" on a
 * solicited checklist. Runs after the publishing transaction commits, in a transaction of its own; the event
 * publication registry retries what fails, and a delivery made twice adds nothing the second time.
 */
@Component
class TriageListener {

    private final Triage triage;

    TriageListener(Triage triage) {
        this.triage = triage;
    }

    @ApplicationModuleListener
    void on(ProblemReported event) {
        triage.arrived(event);
    }

    @ApplicationModuleListener
    void on(SolicitedReactionsReported event) {
        triage.arrived(event);
    }
}
