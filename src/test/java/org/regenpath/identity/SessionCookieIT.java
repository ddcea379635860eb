package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ServerIT;

/** The real container's session cookie: HttpOnly and SameSite=Strict (Secure follows TLS). */
class SessionCookieIT extends ServerIT {

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = res.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=")
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .doesNotContain("Secure"));
    }
}
