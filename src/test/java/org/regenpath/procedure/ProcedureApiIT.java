package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The procedure record API: recorded once for an administered product, refused for anything else, bad input
 * named by field; and every endpoint refused (with a DENIED audit row) to anonymous callers, wrong roles and
 * another clinic.
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

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesAnonymousWrongRoleAndOtherClinic() {
        Treated t = treated(true);
        String api = "/api/patients/" + t.patient().value() + "/procedures";
        String page = "/patients/" + t.patient().value() + "/procedures";
        record Call(String url, String method, String user, int status) {}
        // The page (which also reads the patient for its heading) is refused like the API; anonymous gets the login.
        return Stream.of(api, page).flatMap(url -> Stream.of(
                        new Call(url, "GET", null, url.equals(api) ? 401 : 302),
                        new Call(url, "POST", null, url.equals(api) ? 401 : 302),
                        new Call(url, "GET", LAB, 403), new Call(url, "GET", RESEARCHER, 403),
                        new Call(url, "GET", ADMIN, 403), new Call(url, "POST", LAB, 403),
                        new Call(url, "POST", COORDINATOR, 403), new Call(url, "POST", ADMIN, 403),
                        new Call(url, "GET", OTHER_CLINICIAN, 404), new Call(url, "POST", OTHER_CLINICIAN, 404)))
                .map(call -> DynamicTest.dynamicTest(call.toString(), () -> {
                    MockHttpServletRequestBuilder request = ("GET".equals(call.method()) ? get(call.url())
                            : post(call.url())).with(csrf());
                    if (call.url().equals(api)) {
                        request.contentType(MediaType.APPLICATION_JSON).content(body(t.product()));
                    } else {
                        request.param("productId", t.product()).param("imageGuidance", "ULTRASOUND")
                                .param("siteRegion", "knee joint").param("siteLaterality", "LEFT")
                                .param("volumeMl", "4").param("complications", "None")
                                .param("instructions", "Rest");
                    }
                    if (call.user() != null) {
                        request.with(as(call.user()));
                    }
                    long audit = lastAuditId();
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    assertThat(response.getStatus()).isEqualTo(call.status());
                    List<Map<String, Object>> denied = auditAfter(audit).stream()
                            .filter(r -> "DENIED".equals(r.get("outcome"))).toList();
                    if (call.status() == 302) {
                        assertThat(response.getRedirectedUrl()).endsWith("/login");
                    } else {
                        assertThat(denied).isNotEmpty();
                    }
                    if (call.user() != null) {
                        assertThat(denied).anySatisfy(r -> assertThat(((Number) r.get("patient_id")).longValue())
                                .isEqualTo(t.patient().value()));
                    }
                    assertThat(written(t.patient())).isZero();
                }));
    }

    @TestFactory
    Stream<DynamicTest> anotherClinicsPatientAndAWrongRoleAnswerAsNoPatient() {
        Treated t = treated(true);
        String none = String.valueOf(Integer.MAX_VALUE);
        String asked = String.valueOf(t.patient().value());
        record Call(String path, String method, String user) {}
        return Stream.of("/api/patients/{p}/procedures", "/patients/{p}/procedures").flatMap(path -> Stream.of(
                        new Call(path, "GET", OTHER_CLINICIAN), new Call(path, "POST", OTHER_CLINICIAN),
                        new Call(path, "GET", LAB), new Call(path, "GET", RESEARCHER), new Call(path, "GET", ADMIN),
                        new Call(path, "POST", LAB), new Call(path, "POST", COORDINATOR),
                        new Call(path, "POST", ADMIN)))
                .map(call -> DynamicTest.dynamicTest(call.toString(), () -> assertAnswersAsNoRecord(call.toString(),
                        procedureCall(call.path().replace("{p}", asked), call.method(), t.product())
                                .with(as(call.user())),
                        procedureCall(call.path().replace("{p}", none), call.method(), t.product())
                                .with(as(call.user())),
                        Map.of(asked, none))));
    }

    private static MockHttpServletRequestBuilder procedureCall(String url, String method, String product) {
        MockHttpServletRequestBuilder request = ("GET".equals(method) ? get(url) : post(url)).with(csrf());
        if (url.startsWith("/api/")) {
            return request.contentType(MediaType.APPLICATION_JSON).content(body(product));
        }
        return request.param("productId", product).param("imageGuidance", "ULTRASOUND")
                .param("siteRegion", "knee joint").param("siteLaterality", "LEFT").param("volumeMl", "4")
                .param("complications", "None").param("instructions", "Rest");
    }
}
