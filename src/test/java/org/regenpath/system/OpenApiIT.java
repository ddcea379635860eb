package org.regenpath.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;

/** The OpenAPI document is public and describes the JSON API; pages are not in it. */
class OpenApiIT extends WebIT {

    @Test
    void documentsTheApiWithoutSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/patients'].get").exists())
                .andExpect(jsonPath("$.paths['/api/patients'].post").exists())
                .andExpect(jsonPath("$.paths['/api/patients/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/audit-events'].get").exists())
                .andExpect(jsonPath("$.paths['/patients']").doesNotExist());
    }

    @Test
    void answersUnknownApiPathsAndBadIdsWithProblemsNotErrors() throws Exception {
        mvc.perform(get("/api/patients/not-a-number").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").exists());
        mvc.perform(get("/patients/not-a-number").with(as(CLINICIAN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/999999999").with(as(CLINICIAN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }
}
