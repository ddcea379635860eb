package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientView;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The procedure page as a clinician uses it: a refused form comes back as typed with every error labelled next
 * to its field, a saved one says what was recorded, the page names the patient and the chart leads to it.
 */
class ProcedurePagesIT extends AdministeredProducts {

    static final String CHOOSE = "<option value=\"\" selected=\"selected\">Choose…</option>";

    MockHttpServletRequestBuilder form(Treated t) {
        return post("/patients/" + t.patient().value() + "/procedures").with(as(CLINICIAN)).with(csrf());
    }

    String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    long written(Treated t) {
        return jdbc.sql("select count(*) from procedure_record where patient_id = :p").param("p", t.patient().value())
                .query(Long.class).single();
    }

    @Test
    void aRefusedFormKeepsEverythingTypedAndLabelsEveryErrorAtOnce() throws Exception {
        Treated t = treated(true);
        String page = body(form(t).param("productId", t.product()).param("imageGuidance", "")
                .param("siteRegion", "knee joint").param("siteLaterality", "").param("volumeMl", "4.5")
                .param("cells", "lots").param("complications", "").param("instructions", "Rest for 48 hours"), 200);
        assertThat(page).contains("value=\"" + t.product() + "\"").contains("value=\"knee joint\"")
                .contains("value=\"4.5\"").contains("value=\"lots\"").contains(">Rest for 48 hours</textarea>");
        assertThat(page).contains("Image guidance: Choose ultrasound, fluoroscopy or none")
                .contains("Side: Choose the side").contains("Cells: Enter the cell count as a whole number")
                .contains("Immediate complications: Record immediate complications, or None")
                .contains("id=\"siteLaterality-error\"").contains("id=\"cells-error\"")
                .contains("id=\"imageGuidance-error\"").contains("id=\"complications-error\"")
                .doesNotContain(">complications: ").doesNotContain("sites[0]").doesNotContain("siteLaterality: ");
        assertThat(written(t)).isZero();
    }

    @Test
    void anUnknownProductIsReportedWithTheOtherFieldsNotInstead() throws Exception {
        Treated t = treated(true);
        String page = body(form(t).param("productId", "RP-NO-SUCH").param("imageGuidance", "ULTRASOUND")
                .param("siteRegion", "").param("siteLaterality", "RIGHT").param("volumeMl", "")
                .param("complications", "None").param("instructions", "Rest"), 200);
        assertThat(page).contains("Product injected: No product RP-NO-SUCH in your clinic")
                .contains("Site: Name the injection site").contains("Volume (mL): Enter the volume in mL")
                .contains("<option value=\"RIGHT\" selected=\"selected\">Right</option>")
                .contains("value=\"RP-NO-SUCH\"").contains(">None</textarea>");
    }

    @Test
    void aSavedProcedureIsConfirmedWithWhatWasRecorded() throws Exception {
        Treated t = treated(true);
        var result = mvc.perform(form(t).param("productId", t.product()).param("imageGuidance", "ULTRASOUND")
                .param("siteRegion", "knee joint").param("siteLaterality", "LEFT").param("volumeMl", "4")
                .param("complications", "None").param("instructions", "Rest for 48 hours"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String url = "/patients/" + t.patient().value() + "/procedures";
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(url);
        String page = body(get(url).with(as(CLINICIAN)).flashAttrs(result.getFlashMap()), 200);
        assertThat(page).contains("id=\"saved\"")
                .contains("Procedure recorded for product " + t.product() + ": left knee joint 4 mL, ultrasound.")
                .contains("data-product=\"" + t.product() + "\"");
        assertThat(written(t)).isEqualTo(1);
    }

    @Test
    void thePageNamesThePatientAndTheChartLeadsToIt() throws Exception {
        Treated t = treated(true);
        PatientView p = registry.get(actor(CLINICIAN), t.patient());
        String url = "/patients/" + t.patient().value() + "/procedures";
        for (String user : new String[] {CLINICIAN, COORDINATOR}) {
            String page = body(get(url).with(as(user)), 200);
            assertThat(page).contains("Procedures — " + p.givenName() + " " + p.familyName() + " (MRN " + p.mrn()
                    + ")").doesNotContain("patient #");
            assertThat(body(get("/patients/" + t.patient().value()).with(as(user)), 200))
                    .contains("href=\"" + url + "\"");
        }
    }

    @Test
    void noChoiceIsMadeForTheClinician() throws Exception {
        Treated t = treated(true);
        String page = body(get("/patients/" + t.patient().value() + "/procedures").with(as(CLINICIAN)), 200);
        assertThat(page.substring(page.indexOf("id=\"siteLaterality\""))).contains(CHOOSE)
                .doesNotContain("selected=\"selected\">Left");
        assertThat(page.substring(page.indexOf("id=\"imageGuidance\""))).contains(CHOOSE);
    }
}
