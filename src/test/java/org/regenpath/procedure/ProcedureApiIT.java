package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The procedure record API: recorded once for an administered product, refused for anything else, bad input
 * named by field. Who may read and record it: {@code ProcedureAuthorizationIT}.
 */
@RecordApplicationEvents
class ProcedureApiIT extends AdministeredProducts {

    @Autowired
    ApplicationEvents events;

    static String body(String product) {
        return """
                {"productId": "%s", "imageGuidance": "ULTRASOUND",
                 "sites": [{"region": "knee joint", "laterality": "LEFT", "volumeMl": 4.0}],
                 "complications": "None", "instructions": "Partial weight bearing for 48 hours"}""".formatted(product);
    }

    ResultActions send(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long written(PatientId patient) {
        return jdbc.sql("select count(*) from procedure_record where patient_id = :p").param("p", patient.value())
                .query(Long.class).single();
    }

    @Test
    void aProcedureIsRecordedOnceForTheAdministeredProduct() throws Exception {
        Treated t = treated(true);
        String url = "/api/patients/" + t.patient().value() + "/procedures";
        send(CLINICIAN, url, body(t.product()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.productId").value(t.product()))
                .andExpect(jsonPath("$.operator").value(CLINICIAN))
                .andExpect(jsonPath("$.sites[0].site.region").value("knee joint"))
                .andExpect(jsonPath("$.sites[0].volumeMl").value(4));
        assertThat(events.stream(ProcedureCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.productId()).isEqualTo(t.product()));
        send(CLINICIAN, url, body(t.product())).andExpect(status().isConflict());
        mvc.perform(get(url).with(as(COORDINATOR))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aRecordedProcedureAndItsSitesCannotBeChangedOrDeletedEvenByTheOwner() throws Exception {
        Treated t = treated(true);
        send(CLINICIAN, "/api/patients/" + t.patient().value() + "/procedures", body(t.product()))
                .andExpect(status().isCreated());
        long id = jdbc.sql("select id from procedure_record where patient_id = :p").param("p", t.patient().value())
                .query(Long.class).single();
        for (String change : List.of("update procedure_record set complications = 'edited' where id = :id",
                "delete from procedure_record where id = :id",
                "update procedure_site set volume_ml = 9 where record_id = :id",
                "delete from procedure_site where record_id = :id")) {
            for (org.springframework.jdbc.core.simple.JdbcClient db : List.of(jdbc, owner())) {
                assertThatThrownBy(() -> db.sql(change).param("id", id).update()).as(change)
                        .isInstanceOf(DataAccessException.class);
            }
        }
        assertThat(jdbc.sql("select complications from procedure_record where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("None");
    }

    @Test
    void aProductNotYetInjectedOrBadInputIsRefusedAndNothingIsWritten() throws Exception {
        Treated released = treated(false);
        String url = "/api/patients/" + released.patient().value() + "/procedures";
        send(CLINICIAN, url, body(released.product())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.productId").exists());
        Treated t = treated(true);
        String bad = body(t.product()).replace("4.0", "0").replace("\"None\"", "\" \"");
        send(CLINICIAN, "/api/patients/" + t.patient().value() + "/procedures", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['sites[0].volumeMl']").exists())
                .andExpect(jsonPath("$.errors.complications").exists());
        assertThat(written(released.patient()) + written(t.patient())).isZero();
    }

    @Test
    void theProcedurePageRecordsTheInjectionAndShowsRefusals() throws Exception {
        Treated t = treated(true);
        String url = "/patients/" + t.patient().value() + "/procedures";
        assertThat(mvc.perform(get(url + "?productId=" + t.product()).with(as(CLINICIAN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("procedure-form").contains(t.product());
        String bad = mvc.perform(post(url).with(as(CLINICIAN)).with(csrf()).param("productId", t.product())
                        .param("imageGuidance", "ULTRASOUND").param("siteRegion", "knee joint")
                        .param("siteLaterality", "LEFT").param("volumeMl", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("data-field=\"complications\"");
        mvc.perform(post(url).with(as(CLINICIAN)).with(csrf()).param("productId", t.product())
                        .param("imageGuidance", "ULTRASOUND").param("siteRegion", "knee joint")
                        .param("siteLaterality", "LEFT").param("volumeMl", "4").param("complications", "None")
                        .param("instructions", "Rest for 48 hours"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(url).with(as(COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("data-product=\"" + t.product() + "\"");
    }
}
