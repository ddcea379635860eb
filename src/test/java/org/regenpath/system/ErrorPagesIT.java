package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every kind of error page shows its heading and tab title in words: a record not found, a path nothing answers,
 * a refusal by role, a form that could not be read, a clash, an unexpected failure, and a label that cannot be
 * printed. None shows template code. The site's icon is served to everyone.
 */
class ErrorPagesIT extends WebIT {

    @Test
    void showsTheHeadingAndTitleOfEveryErrorPageInWords() throws Exception {
        page(get("/patients/999999999").with(as(CLINICIAN)), 404, "Not found");
        page(get("/patients/999999999/history").with(as(COORDINATOR)), 403, "Not allowed");
        page(get("/products/NO-SUCH-PRODUCT/label.pdf").with(as(LAB)), 404, "Not found");
        page(get("/products/" + administeredProduct() + "/label.pdf").with(as(LAB)), 400, "Not possible");
        page(post("/patients/1/plans/1/approval").param("version", "abc").with(as(CLINICIAN)).with(csrf()),
                400, "Not saved");
        // Errors that never reached a controller are rendered by the container's error dispatch.
        page(errorDispatch(404), 404, "Not found");
        page(errorDispatch(403), 403, "Not allowed");
        page(errorDispatch(400), 400, "Not saved");
        page(errorDispatch(405), 405, "Not possible");
        page(errorDispatch(409), 409, "Not saved");
        page(errorDispatch(500), 500, "Something went wrong");
    }

    @Test
    void namesTheFieldThatCouldNotBeRead() throws Exception {
        String body = page(post("/patients/1/plans/1/approval").param("version", "abc").with(as(CLINICIAN))
                .with(csrf()), 400, "Not saved");
        assertThat(body).contains("version").contains("Not a whole number.");
    }

    @Test
    void servesTheSiteIconToEveryoneAndEveryPageLinksIt() throws Exception {
        MockHttpServletResponse icon = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(icon.getStatus()).isEqualTo(200);
        assertThat(icon.getContentType()).startsWith("image/");
        assertThat(icon.getContentAsByteArray()).startsWith(0, 0, 1, 0);
        assertThat(mvc.perform(get("/patients").with(as(CLINICIAN))).andReturn().getResponse()
                .getContentAsString()).contains("rel=\"icon\"").contains("/favicon.ico");
    }

    /** A product of the demo clinic that has been injected (the demo treats a patient), so has no label left. */
    private String administeredProduct() {
        return jdbc.sql("select p.identifier from product_product p join identity_user u on u.clinic_id = p.clinic_id"
                        + " where p.state = 'ADMINISTERED' and u.email = :lab order by p.id")
                .param("lab", LAB).query(String.class).list().get(0);
    }

    private static MockHttpServletRequestBuilder errorDispatch(int status) {
        return get("/error").with(request -> {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
            return request;
        }).accept(MediaType.TEXT_HTML);
    }

    /** Performs the request and checks status, tab title and heading; returns the page. */
    private String page(MockHttpServletRequestBuilder request, int status, String heading) throws Exception {
        MockHttpServletResponse res = mvc.perform(request).andReturn().getResponse();
        String body = res.getContentAsString();
        assertThat(res.getStatus()).as(body).isEqualTo(status);
        assertThat(first("<title>(.*?)</title>", body)).isEqualTo(heading + " · Regenpath");
        assertThat(first("<h1[^>]*>(.*?)</h1>", body)).isEqualTo(heading);
        assertThat(body).doesNotContain("th:").doesNotContain("${").doesNotContain("~{");
        return body;
    }

    private static String first(String regex, String body) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
        assertThat(m.find()).as(regex + " in " + body).isTrue();
        return m.group(1).strip();
    }
}
