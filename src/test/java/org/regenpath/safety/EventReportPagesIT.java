package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.support.ProductText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An event's page shows the reporting clocks it started and links the draft Form FDA 3500A, whose text carries the
 * event's term and the patient's initials; a report is marked sent with its day and reference, and a day in the
 * future is refused with the field named and nothing marked.
 */
class EventReportPagesIT extends TreatedPatients {

    @Autowired
    AdverseEvents events;

    @Autowired
    ReportingClocks clocks;

    @Autowired
    PatientRegistry registry;

    AdverseEvent serious(Treated t) {
        return events.record(actor(CLINICIAN), t.patient(), EventClocksIT.event(t,
                Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE));
    }

    @Test
    void theEventPageShowsItsClockAndLinksTheDraftWhoseTextNamesTheTermAndTheInitials() throws Exception {
        Treated t = treatedUnderInd();
        AdverseEvent e = serious(t);
        String page = mvc.perform(get("/safety/events/" + e.id()).with(as(CLINICIAN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"event-clocks\"", "21 CFR 312.32", "Reported under: Investigational new drug",
                "/safety/events/" + e.id() + "/form-3500a.pdf", "Draft Form FDA 3500A (PDF)", "/safety/clocks");
        assertThat(page).contains(org.regenpath.shared.DateStyle.day(clinicToday().plusDays(15), DEMO_ZONE),
                ">Open</span>", "15 days left");

        MockHttpServletResponse pdf = mvc.perform(get("/safety/events/" + e.id() + "/form-3500a.pdf")
                .with(as(CLINICIAN))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        PatientView p = registry.get(actor(CLINICIAN), t.patient());
        String text = ProductText.pdfText(pdf.getContentAsByteArray()).replaceAll("\\s+", "");
        String initials = p.givenName().substring(0, 1).toUpperCase() + "." + p.familyName().substring(0, 1)
                .toUpperCase() + ".";
        assertThat(text).contains(e.details().termName().replaceAll("\\s+", ""), initials, "IND012345",
                t.product().replaceAll("\\s+", ""));
    }

    @Test
    void aReportIsMarkedSentWithItsDayAndReferenceAndAFutureDayIsRefused() throws Exception {
        Treated t = treatedUnderInd();
        AdverseEvent e = serious(t);
        MvcResult refused = mark(e.id(), clinicToday().plusDays(1).toString(), "MW-1");
        assertThat(refused.getFlashMap().get("clockErrors")).isEqualTo(Map.of("sentOn", "Cannot be in the future"));
        assertThat(clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id())).noneMatch(ReportingClockRecord::submitted);

        mark(e.id(), clinicToday().toString(), "MW-2026-0042");
        ReportingClockRecord sent = clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id()).get(0);
        assertThat(sent.submitted()).isTrue();
        assertThat(sent.submittedOn()).isEqualTo(clinicToday());
        assertThat(sent.submittedReference()).isEqualTo("MW-2026-0042");
        String page = mvc.perform(get("/safety/events/" + e.id()).with(as(CLINICIAN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("reference MW-2026-0042", "Submitted");
    }

    @Test
    void theTriageListLinksTheDeadlinesWhichLinkTheEvent() throws Exception {
        Treated t = treatedUnderInd();
        AdverseEvent e = serious(t);
        String triage = mvc.perform(get("/safety/triage").with(as(COORDINATOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(triage).contains("id=\"safety-tabs\"", "href=\"/safety/clocks\"");
        String deadlines = mvc.perform(get("/safety/clocks").with(as(COORDINATOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(deadlines).contains("href=\"/safety/events/" + e.id() + "\"", "href=\"/safety/triage\"");
    }

    MvcResult mark(long event, String day, String reference) throws Exception {
        return mvc.perform(post("/safety/events/" + event + "/clocks/submitted").with(as(CLINICIAN)).with(csrf())
                .param("kind", "IND_SAFETY_REPORT").param("sentOn", day).param("reference", reference)).andReturn();
    }
}
