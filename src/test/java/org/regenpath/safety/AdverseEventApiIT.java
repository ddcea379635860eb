package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The adverse event API: a grade 2 event recorded as serious, every bad input refused naming its field with nothing
 * written, a revision kept beside the version it replaces, and a coordinator's draft without a grade. Who may use
 * it: {@code SafetyAuthorizationIT}.
 */
class AdverseEventApiIT extends TreatedPatients {

    ResultActions send(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void theOpenApiDocumentDescribesTheSafetyApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/patients/{patientId}/adverse-events'].get").exists())
                .andExpect(jsonPath("$.paths['/api/patients/{patientId}/adverse-events'].post").exists())
                .andExpect(jsonPath("$.paths['/api/adverse-events/{eventId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/safety/triage'].get").exists())
                .andExpect(jsonPath("$.paths['/api/safety/triage/{itemId}/dismissal'].post").exists())
                .andExpect(jsonPath("$.components.schemas.AdverseEvent").exists());
    }

    @Test
    void aGrade2EventIsRecordedAsSeriousWithTheGradesDefinition() throws Exception {
        Treated t = treated();
        String url = "/api/patients/" + t.patient().value() + "/adverse-events";
        send(CLINICIAN, url, seriousGrade2(t.procedure(), clinicToday().toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.details.grade").value(2))
                .andExpect(jsonPath("$.details.serious").value(true))
                .andExpect(jsonPath("$.details.seriousness[0]").value("IMPORTANT_MEDICAL_EVENT"))
                .andExpect(jsonPath("$.details.ctcaeTerm").value("Joint effusion"))
                .andExpect(jsonPath("$.details.gradeDefinition").value("Symptomatic; limiting instrumental ADL"))
                .andExpect(jsonPath("$.versions[0].changedBy").value("Demo Clinician"));
        mvc.perform(get(url).with(as(COORDINATOR))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        Treated t = treated();
        String url = "/api/patients/" + t.patient().value() + "/adverse-events";
        String today = clinicToday().toString();
        String good = seriousGrade2(t.procedure(), today);
        send(CLINICIAN, url, good.replace("\"grade\": 2", "\"grade\": 7")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.grade").value("CTCAE grades run from 1 to 5"));
        send(CLINICIAN, url, good.replace("\"grade\": 2", "\"grade\": 4")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.grade").value("CTCAE allows grade 1–3 for Joint effusion"));
        send(CLINICIAN, url, good.replace("\"detection\"", "\"resolvedOn\": \"" + clinicToday().minusDays(1)
                + "\", \"detection\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.resolvedOn").value("Cannot be before the onset"));
        send(CLINICIAN, url, seriousGrade2(t.procedure(), clinicToday().minusDays(3).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.onsetDate").exists());
        send(CLINICIAN, url, good.replace("\"harvestRelatedness\": \"UNLIKELY\",", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.harvestRelatedness").exists());
        send(CLINICIAN, url, good.replace("\"detection\"", "\"closed\": true, \"detection\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.outcome").exists());
        assertThat(events(t.patient())).isZero();
    }

    @Test
    void anotherClinicsPatientAnswersAsNoneAndACoordinatorMayNotGrade() throws Exception {
        Treated t = treated();
        String url = "/api/patients/" + t.patient().value() + "/adverse-events";
        String good = seriousGrade2(t.procedure(), clinicToday().toString());
        send(OTHER_CLINICIAN, url, good).andExpect(status().isNotFound());
        send(COORDINATOR, url, good).andExpect(status().isForbidden());
        assertThat(events(t.patient())).isZero();
    }

    @Test
    void aCoordinatorEntersADraftFromACallAndTheClinicianGradesItAsANewVersion() throws Exception {
        Treated t = treated();
        String draft = """
                {"term": "injection-site-pain", "description": "Called: the knee hurts", "onsetDate": "%s",
                 "detection": "PHONE"}""".formatted(clinicToday());
        String body = send(COORDINATOR, "/api/patients/" + t.patient().value() + "/adverse-events", draft)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.details.grade").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(put("/api/adverse-events/" + id + "?version=1").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(seriousGrade2(t.procedure(), clinicToday().toString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.versions[0].changedBy").value("Demo Coordinator"))
                .andExpect(jsonPath("$.versions[1].details.grade").value(2));
        mvc.perform(put("/api/adverse-events/" + id + "?version=1").with(as(CLINICIAN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(seriousGrade2(t.procedure(), clinicToday().toString())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.version").exists());
        mvc.perform(put("/api/adverse-events/" + id + "?version=2").with(as(COORDINATOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isForbidden());
        assertThat(events(t.patient())).isEqualTo(2);
    }
}
