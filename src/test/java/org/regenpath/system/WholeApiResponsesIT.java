package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ServerIT;
import org.regenpath.support.WebIT;

/** The real container sends a JSON API response whole, with its length, not in chunks. */
class WholeApiResponsesIT extends ServerIT {

    HttpResponse<byte[]> send(String path, HttpRequest.BodyPublisher body, String method) throws Exception {
        String credentials = WebIT.COORDINATOR + ":" + DEMO_PASSWORD;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static void sentWhole(HttpResponse<byte[]> res) {
        assertThat(res.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(res.headers().firstValueAsLong("Content-Length")).hasValue(res.body().length);
    }

    @Test
    void aCreatedResourceCarriesItsLengthAndTheSecurityHeaders() throws Exception {
        HttpResponse<byte[]> res = send("/api/patients", HttpRequest.BodyPublishers.ofString("""
                {"givenName": "Whole", "familyName": "Response", "dateOfBirth": "1970-01-01", "sexAtBirth": "F",
                 "email": "whole@example.org", "phone": "+1 555 0100", "postalCode": "10025"}"""), "POST");

        assertThat(res.statusCode()).isEqualTo(201);
        sentWhole(res);
        assertThat(new String(res.body(), StandardCharsets.UTF_8)).contains("\"familyName\":\"Response\"");
        assertThat(res.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(res.headers().firstValue("Location")).isPresent();
    }

    @Test
    void aProblemCarriesItsLength() throws Exception {
        HttpResponse<byte[]> res = send("/api/patients/999999999", HttpRequest.BodyPublishers.noBody(), "GET");

        assertThat(res.statusCode()).isEqualTo(404);
        sentWhole(res);
        assertThat(new String(res.body(), StandardCharsets.UTF_8)).contains("\"status\":404");
    }
}
