package org.regenpath.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark client: a staff member signed in once through the login form, like a browser, who then submits
 * questionnaires through the JSON API with the session cookie and the session's CSRF token. Each client has its own
 * {@link HttpClient} (its own connections) and its own session.
 *
 * <p>Not HTTP Basic: the API accepts Basic credentials, but then every request verifies the password with Argon2
 * (by design tens of milliseconds of CPU) and records the successful sign-in; the benchmark would measure password
 * hashing, not submissions.
 */
final class StaffClient {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    private final String base;
    private String session;
    private String csrf;

    private StaffClient(String base) {
        this.base = base;
    }

    /** Signs in through {@code /login} and picks up the signed-in session's CSRF token from the home page. */
    static StaffClient signIn(String base, String email, String password) throws IOException, InterruptedException {
        StaffClient client = new StaffClient(base);
        String loginToken = client.csrfFrom(client.get("/login"));
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(loginToken);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String target = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || target.contains("error") || target.contains("login")) {
            throw new IllegalStateException("Sign-in of " + email + " failed: " + signedIn.statusCode() + " " + target);
        }
        client.csrf = client.csrfFrom(client.get("/"));
        return client;
    }

    /** Submits answers to a task; anything but 201 Created fails the benchmark. */
    void submit(long patientId, long taskId, String answersJson) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        uri("/api/patients/" + patientId + "/follow-up/tasks/" + taskId + "/response"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": " + answersJson + "}")));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Submitting task " + taskId + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** GETs a page, following the application's own redirects (the home page sends staff to their start page). */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        for (int hops = 0; response.statusCode() == 302 && hops < 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.lookingAt()) {
                session = m.group(1);
            }
        }
        return response;
    }

    private String csrfFrom(HttpResponse<String> page) {
        Matcher input = CSRF_INPUT.matcher(page.body());
        if (!input.find()) {
            throw new IllegalStateException(page.uri() + " has no CSRF token");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException(page.uri() + " has a CSRF field without a value");
        }
        return value.group(1);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
