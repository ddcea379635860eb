package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** While the demo patients load in the background, the sign-in page and every page in the layout say so. */
class DemoNoticeIT extends WebIT {

    private static final String NOTICE = "demo patients are still being loaded";

    @Autowired
    private DemoLoading loading;

    @Test
    void pagesSayTheDemoPatientsAreLoadingUntilTheyAre() throws Exception {
        assertThat(page("/login", null)).doesNotContain(NOTICE);
        assertThat(page("/patients", CLINICIAN)).doesNotContain(NOTICE);

        loading.started();
        try {
            assertThat(page("/login", null)).contains(NOTICE).contains("The demo users can sign in");
            assertThat(page("/patients", CLINICIAN)).contains(NOTICE);
            assertThat(page("/registry", RESEARCHER)).contains(NOTICE);
        } finally {
            loading.finished();
        }

        assertThat(page("/login", null)).doesNotContain(NOTICE);
        assertThat(page("/registry", RESEARCHER)).doesNotContain(NOTICE);
    }

    private String page(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request = request.with(as(user));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString().replaceAll("\\s+", " ");
    }
}
