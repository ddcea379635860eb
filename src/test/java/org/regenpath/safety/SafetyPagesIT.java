package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.support.PortalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The safety pages: the triage list names the patient and what they reported; confirming an item opens the event
 * form, whose refusal names each field beside it and writes nothing, and whose saving shows the event with its
 * grade's definition and its versions; the patient's portal says in words that the clinic looked at a report.
 */
class SafetyPagesIT extends TreatedPatients {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    @Autowired
    Triage triage;

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTriageListNamesThePatientAndWhatWasReportedAndConfirmingItRecordsTheEvent() throws Exception {
        Treated t = treated();
        long item = triageItemOf(reported(t.patient(), "Knee swollen since this morning"));
        String list = page(COORDINATOR, "/safety/triage");
        assertThat(list).contains("Knee swollen since this morning", "told by phone", "data-item=\"" + item + "\"")
                .doesNotContain("Confirm as an adverse event");
        assertThat(page(CLINICIAN, "/safety/triage")).contains("Confirm", "Dismiss, because");

        String form = page(CLINICIAN, "/patients/" + t.patient().value() + "/safety/events/new?triageItem=" + item);
        assertThat(form).contains("Knee swollen since this morning", "name=\"triageItem\"");

        String base = "triageItem=" + item + "&procedureId=" + t.procedure() + "&term=injection-site-swelling"
                + "&description=Knee swollen&onsetDate=" + clinicToday() + "&detection=PHONE&expected=no"
                + "&seriousness=HOSPITALISATION&harvestRelatedness=UNLIKELY&injectionRelatedness=POSSIBLE"
                + "&productRelatedness=POSSIBLE";
        MockHttpServletResponse refused = postForm("/patients/" + t.patient().value() + "/safety/events",
                base + "&grade=4");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("data-field=\"grade\"",
                "CTCAE allows grade 1–3 for Joint effusion");
        assertThat(events(t.patient())).isZero();

        MockHttpServletResponse saved = postForm("/patients/" + t.patient().value() + "/safety/events",
                base + "&grade=2");
        assertThat(saved.getRedirectedUrl()).startsWith("/safety/events/");
        String event = page(CLINICIAN, saved.getRedirectedUrl());
        assertThat(event).contains("Grade 2: ", "Symptomatic; limiting instrumental ADL",
                SeriousnessCriterion.HOSPITALISATION.label(), "Version 1", "Demo Clinician");
        assertThat(triage.get(actor(CLINICIAN), item).item().state()).isEqualTo(TriageState.CONFIRMED);
        assertThat(page(COORDINATOR, "/patients/" + t.patient().value() + "/safety")).contains(
                "Swelling or effusion of the injected joint or site", "Grade 2");
    }

    @Test
    void thePortalSaysInWordsThatTheClinicLookedAtAReport() throws Exception {
        PortalFixtures.PortalPatient me = PortalFixtures.activePatient(registry, invitations, accounts,
                actor(COORDINATOR), "Triaged");
        long item = triageItemOf(reported(me.id(), "Pain in the hip where they took the marrow"));
        assertThat(mvc.perform(get("/portal/problems").with(asPatient(me.id()))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("The clinic looked at");

        MockHttpServletResponse dismissed = postForm("/safety/triage/" + item + "/dismissal",
                "reason=Expected soreness, told the patient how to manage it");
        assertThat(dismissed.getRedirectedUrl()).isEqualTo("/safety/triage");

        String portal = mvc.perform(get("/portal/problems").with(asPatient(me.id()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(portal).contains("The clinic looked at", "closed, because: Expected soreness")
                .doesNotContain("DISMISSED");
    }

    @Test
    void aDismissalWithoutAReasonIsRefusedAndTheItemStaysOpen() throws Exception {
        Treated t = treated();
        long item = triageItemOf(reported(t.patient(), "Feeling sick"));
        postForm("/safety/triage/" + item + "/dismissal", "reason=  ");

        assertThat(triage.get(actor(CLINICIAN), item).item().state()).isEqualTo(TriageState.OPEN);
    }

    MockHttpServletResponse postForm(String url, String body) throws Exception {
        var request = post(url).with(as(CLINICIAN)).with(csrf());
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            request.param(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
