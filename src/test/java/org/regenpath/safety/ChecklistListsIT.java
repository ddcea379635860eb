package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.FollowupDashboard;
import org.regenpath.followup.FollowupDashboardView;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The follow-up dashboard and the portal's home page list unanswered checklists whose day has come, through the
 * follow-up module's port: due today, then overdue with the days counted; answered ones and those not yet due are
 * not listed.
 */
class ChecklistListsIT extends ChecklistIT {

    @Autowired
    FollowupDashboard dashboard;

    /** Moves a checklist's procedure back so that it was due {@code daysAgo} days ago (0: today). */
    private void dueDaysAgo(PatientId p, int index, int daysAgo) {
        long id = ids(p).get(index);
        int day = List.of(2, 7, 30).get(index);
        jdbc.sql("update safety_checklist set due_on = :d, performed_on = :pd where id = :id")
                .param("d", clinicToday().minusDays(daysAgo)).param("pd", clinicToday().minusDays(daysAgo + day))
                .param("id", id).update();
    }

    @Test
    void theDashboardListsDueAndOverdueChecklistsUntilTheyAreAnswered() throws Exception {
        PatientId p = treated().patientId();
        dueDaysAgo(p, 0, 3);
        dueDaysAgo(p, 1, 0);

        List<FollowupDashboardView.ChecklistRow> rows = dashboard.dashboard(actor(COORDINATOR)).checklists().stream()
                .filter(r -> r.patientId().equals(p)).toList();
        assertThat(rows).extracting(r -> r.checklist().dayAfterProcedure()).containsExactly(2, 7);
        assertThat(rows.get(0).overdue()).isTrue();
        assertThat(rows.get(0).daysOverdue()).isEqualTo(3);
        assertThat(rows.get(1).overdue()).isFalse();

        String page = mvc.perform(get("/follow-up").with(as(COORDINATOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-checklist=\"" + ids(p).get(0) + "\"", "Overdue 3 days",
                "/patients/" + p.value() + "/checklists/" + ids(p).get(1)).doesNotContain(
                "data-checklist=\"" + ids(p).get(2) + "\"");

        ChecklistView day2 = checklists.get(actor(CLINICIAN), p, ids(p).get(0));
        checklists.answer(actor(CLINICIAN), p, day2.id(), answers(day2, null, null));
        assertThat(dashboard.dashboard(actor(COORDINATOR)).checklists()).extracting(r -> r.checklist().checklistId())
                .doesNotContain(day2.id()).contains(ids(p).get(1));
    }

    @Test
    void thePortalHomeListsTheChecklistsWhoseDayHasCome() throws Exception {
        PatientId p = treatedInPortal().patientId();

        assertThat(mvc.perform(get("/portal").with(asPatient(p))).andReturn().getResponse().getContentAsString())
                .as("none is due on the procedure day").doesNotContain("data-checklist=");

        dueDaysAgo(p, 0, 1);
        dueDaysAgo(p, 1, 0);
        String home = mvc.perform(get("/portal").with(asPatient(p))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("How are you since your treatment?", "/portal/checklists/" + ids(p).get(0),
                "Day 7 after your treatment", "Late, but still welcome", "Please answer today")
                .doesNotContain("/portal/checklists/" + ids(p).get(2));

        ChecklistView day2 = checklists.get(actor(COORDINATOR), p, ids(p).get(0));
        checklists.answer(actor(COORDINATOR), p, day2.id(), answers(day2, "nausea", ProblemSeverity.MILD));
        assertThat(mvc.perform(get("/portal").with(asPatient(p))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/portal/checklists/" + ids(p).get(0)).contains("/portal/checklists/" + ids(p).get(1));
    }
}
