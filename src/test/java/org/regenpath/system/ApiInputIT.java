package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.http.MediaType;

/**
 * Input that no person sends is refused with the field (or the place in the text) named, on every way in: a NUL
 * character in JSON text, in a query parameter of the API and of a page; a fraction or a string where a whole
 * number belongs; JSON that is not JSON; a PDF endpoint asked for JSON. The OpenAPI document lists only what a
 * caller sends.
 */
class ApiInputIT extends WebIT {

    private static final String NUL_MESSAGE = "Contains a NUL character (U+0000), which is not allowed in text.";
    private static final String PATIENT = """
            {"givenName": "%s", "familyName": "Nul", "dateOfBirth": "1970-01-01", "sexAtBirth": "F", "mrn": "%s"}""";

    @Test
    void refusesNulInJsonTextNamingTheField() throws Exception {
        long before = jdbc.sql("select count(*) from patient").query(Long.class).single();
        mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(PATIENT.formatted("a\\u0000b", uniqueMrn())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.givenName").value(NUL_MESSAGE));
        assertThat(jdbc.sql("select count(*) from patient").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusesNulInQueryParametersOfApiAndPages() throws Exception {
        mvc.perform(get("/api/trace/lots").param("kitLot", "\u0000").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kitLot").value(NUL_MESSAGE));
        String page = mvc.perform(get("/trace").param("q", "lot\u0000").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<strong>q</strong>: <span>" + NUL_MESSAGE);
    }

    @Test
    void refusesFractionsAndStringsWhereAWholeNumberBelongs() throws Exception {
        for (String version : List.of("2.5", "\"2\"")) {
            mvc.perform(post("/api/patients/1/plans/1/approval").with(as(CLINICIAN)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.version").value("Not a whole number."));
        }
    }

    @Test
    void saysWhereMalformedJsonStopsBeingJson() throws Exception {
        String problem = mvc.perform(post("/api/patients").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"A\",\n  \"familyName\": oops}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(problem, "$.detail")).contains("line 2, column");
    }

    @Test
    void answersAPdfEndpointAskedForJsonWithAProblemNamingWhatItProduces() throws Exception {
        mvc.perform(get("/api/products/NO-SUCH-1/label").accept(MediaType.APPLICATION_JSON).with(as(LAB)))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.type").value("/problems/not-acceptable"))
                .andExpect(jsonPath("$.produces[0]").value("application/pdf"))
                .andExpect(jsonPath("$.detail").value(
                        "This endpoint answers application/pdf only; ask for that type in the Accept header."));
    }

    @Test
    void documentsNoActorParameterOnAnyOperation() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> names = JsonPath.read(doc, "$.paths.*.*.parameters[*].name");
        assertThat(names).isNotEmpty().doesNotContain("actor");
        assertThat(doc).doesNotContain("\"Actor\"");
    }
}
