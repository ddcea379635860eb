package org.regenpath.followup.web;

import org.regenpath.followup.FollowupDashboard;
import org.regenpath.identity.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinator dashboard as JSON: questionnaires due and overdue by patient, and completion per time point with
 * its 95 % Wilson interval (the attrition view). The caller's own clinic only.
 */
@RestController
class FollowupDashboardApi {

    private final FollowupDashboard dashboard;
    private final CurrentActor actor;

    FollowupDashboardApi(FollowupDashboard dashboard, CurrentActor actor) {
        this.dashboard = dashboard;
        this.actor = actor;
    }

    @GetMapping("/api/follow-up/dashboard")
    DashboardResponse dashboard() {
        return DashboardResponse.of(dashboard.dashboard(actor.get()));
    }
}
