package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;

/** The glossary page is open to anyone, one anchor per term; pages that use a term explain it where it appears. */
class GlossaryPageIT extends WebIT {

    @Test
    void theGlossaryListsEveryTermWithItsSourceWithoutSigningIn() throws Exception {
        String page = mvc.perform(get("/help/glossary")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"mcid\"", "id=\"hctp\"", "id=\"ci95\"", "Source: Jaeschke R");
    }

    @Test
    void theDashboardExplainsItsIntervalWhereItShowsIt() throws Exception {
        String page = mvc.perform(get("/follow-up").with(as(COORDINATOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<details class=\"jargon\"", "data-glossary=\"ci95\"", "95 % interval",
                "href=\"/help/glossary#ci95\"");
    }
}
