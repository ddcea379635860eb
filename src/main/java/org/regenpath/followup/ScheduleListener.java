package org.regenpath.followup;

import org.regenpath.planning.PlanApproved;
import org.regenpath.procedure.ProcedureCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hangs follow-up on the treatment path: an approved plan gets a schedule with its baseline, a recorded procedure
 * dates the follow-ups. Runs after the publishing transaction commits, in a transaction of its own; the event
 * publication registry retries what fails.
 */
@Component
class ScheduleListener {

    private final FollowupSchedules schedules;

    ScheduleListener(FollowupSchedules schedules) {
        this.schedules = schedules;
    }

    @ApplicationModuleListener
    void on(PlanApproved event) {
        schedules.planApproved(event);
    }

    @ApplicationModuleListener
    void on(ProcedureCompleted event) {
        schedules.procedureCompleted(event);
    }
}
