package org.regenpath.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;

/** The start page sends each role to where its work is. */
class HomeIT extends WebIT {

    @Test
    void sendsEachRoleToItsWorkspace() throws Exception {
        mvc.perform(get("/").with(as(CLINICIAN))).andExpect(redirectedUrl("/patients"));
        mvc.perform(get("/").with(as(COORDINATOR))).andExpect(redirectedUrl("/patients"));
        mvc.perform(get("/").with(as(LAB))).andExpect(redirectedUrl("/lab"));
        mvc.perform(get("/").with(as(ADMIN))).andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/").with(as(RESEARCHER))).andExpect(redirectedUrl("/registry"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }
}
