package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan pages: the editor classifies live, a draft is saved and approved, other roles and clinics refused. */
class PlanPagesIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, long condition) {
        return plan(request, condition, "BMC per lab SOP LAB-004");
    }

    MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, long condition, String method) {
        String day = LocalDate.now().plusDays(7).toString();
        return request.with(as(CLINICIAN)).with(csrf()).param("targetConditionId", String.valueOf(condition))
                .param("siteRegion", "knee joint").param("siteLaterality", "LEFT").param("siteVolumeMl", "4")
                .param("cellSource", "AUTOLOGOUS_BONE_MARROW").param("productType", "BONE_MARROW_CONCENTRATE")
                .param("manipulation", "MINIMAL").param("use", "HOMOLOGOUS").param("sameSurgicalProcedure", "true")
                .param("processingMethod", method).param("imageGuidance", "ULTRASOUND")
                .param("followUpTemplateId", "knee-oa-12m").param("plannedHarvestDate", day)
                .param("plannedProcedureDate", day).param("version", "0");
    }

    String ok(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theEditorClassifiesLiveAndADraftIsSavedAndApproved() throws Exception {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        String base = "/patients/" + c.patient().value() + "/plans";
        assertThat(ok(get(base).with(as(CLINICIAN)))).contains("New plan").contains("no-class");
        assertThat(ok(plan(post(base + "/classification"), c.conditionId())))
                .contains("data-pathway=\"HCTP_361\"").contains("id=\"reasons\"");
        assertThat(ok(post(base + "/classification").with(as(CLINICIAN)).with(csrf())
                .param("cellSource", "AUTOLOGOUS_BONE_MARROW").param("productType", "CULTURE_EXPANDED_MSC")
                .param("use", "HOMOLOGOUS"))).contains("data-pathway=\"BIOLOGIC_351\"").contains("id=\"missing\"");

        assertThat(ok(plan(post(base), c.conditionId(), "")))
                .contains("id=\"form-errors\"").contains("data-field=\"processingMethod\"");
        String location = mvc.perform(plan(post(base), c.conditionId())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(base + "/");
        assertThat(ok(get(location).with(as(CLINICIAN)))).contains("data-status=\"DRAFT\"").contains("approve-plan");
        assertThat(ok(get(location).with(as(LAB)))).contains("data-pathway=\"HCTP_361\"");
        mvc.perform(post(location + "/approval").with(as(CLINICIAN)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(ok(get(location).with(as(CLINICIAN)))).contains("data-status=\"APPROVED\"");

        mvc.perform(get(base).with(as(RESEARCHER))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(as(OTHER_CLINICIAN))).andExpect(status().isNotFound());
    }
}
