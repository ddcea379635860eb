package org.regenpath.product;

import org.regenpath.planning.PlanApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what each approved plan authorises the lab to collect, for the lab board's list of plans waiting for
 * collection. Runs after the approving transaction commits, in a transaction of its own; the event publication
 * registry retries what fails.
 */
@Component
class ApprovedPlanListener {

    private final ApprovedPlans plans;

    ApprovedPlanListener(ApprovedPlans plans) {
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(PlanApproved event) {
        plans.approved(event);
    }
}
