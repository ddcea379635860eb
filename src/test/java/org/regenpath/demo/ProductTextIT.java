package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.TaskStatus;
import org.regenpath.followup.TaskView;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.PatientId;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.ProductText;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages that show sources, rendered for the demo patients as clinicians, admins and the patient see them,
 * carry no working notes, {@code shared/} paths, issue numbers or tool ids (issue #11): screening, plan, consent and
 * its printed copy, the instrument sets, the follow-up tab with its trajectories, and the portal questionnaire. Runs
 * without a browser; the browser journeys check every page they meet the same way ({@code BrowserIT}).
 */
class ProductTextIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    FollowupSchedules schedules;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    private final List<ProductText.Finding> findings = new ArrayList<>();

    PatientId demo(String family) {
        return DemoFixtures.patient(registry, actor(CLINICIAN), family);
    }

    private void scan(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        findings.addAll(ProductText.scan(path, ProductText.textOf(response.getContentType(),
                response.getContentAsByteArray())));
    }

    @Test
    void thePagesThatCiteSourcesShowNoWorkingNotesToStaffOrPatients() throws Exception {
        for (String family : List.of("Reyes", "Okafor")) {
            PatientId p = demo(family);
            String chart = "/patients/" + p.value();
            scan(chart, as(CLINICIAN));
            scan(chart + "/screening", as(CLINICIAN));
            scan(chart + "/plans", as(CLINICIAN));
            for (PlanView plan : plans.list(actor(CLINICIAN), p)) {
                String planPath = chart + "/plans/" + plan.id();
                scan(planPath, as(CLINICIAN));
                scan(planPath + "/versions/1/consent", as(CLINICIAN));
                scan(planPath + "/versions/1/consent/print", as(COORDINATOR));
            }
            scan(chart + "/follow-up", as(CLINICIAN));
        }
        scan("/follow-up/instrument-sets", as(ADMIN));
        scan("/follow-up", as(COORDINATOR));

        PatientId okafor = demo("Okafor");
        if (jdbc.sql("select count(*) from identity_patient_account where patient_id = :p")
                .param("p", okafor.value()).query(Long.class).single() == 0) {
            String link = PortalFixtures.invite(invitations, actor(COORDINATOR),
                    new PortalFixtures.PortalPatient(okafor, "Thomas", "thomas.okafor@patient.example"));
            accounts.activate(link.substring(link.indexOf("token=") + "token=".length()), PortalFixtures.PASSWORD,
                    PortalFixtures.PASSWORD, "127.0.0.1");
        }
        scan("/portal", asPatient(okafor));
        scan("/portal/progress", asPatient(okafor));
        for (TaskView task : schedules.schedules(actor(COORDINATOR), okafor).get(0).activeTasks()) {
            if (task.status() != TaskStatus.COMPLETED) {
                scan("/portal/questionnaires/" + task.id(), asPatient(okafor));
            }
        }

        assertThat(findings).as("working notes or internal references on pages").isEmpty();
    }
}
