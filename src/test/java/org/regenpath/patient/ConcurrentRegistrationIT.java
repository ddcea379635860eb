package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ServerIT;
import org.regenpath.support.TestNames;
import org.regenpath.support.WebIT;

/**
 * Registrations from several clients at once, over real HTTP on the real server: an MRN the clinic did not choose
 * is generated without a race (every request 201, every MRN unique), and an MRN the clinic chose twice at the same
 * moment is given once and refused (409 naming the field) for the rest.
 */
class ConcurrentRegistrationIT extends ServerIT {

    private static final int CLIENTS = 4;
    private static final int PER_CLIENT = 15;
    private static final Pattern MRN = Pattern.compile("\"mrn\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void generatesAUniqueMrnForEveryConcurrentRegistrationWithoutOne() throws Exception {
        List<HttpResponse<String>> responses =
                concurrently(CLIENTS * PER_CLIENT, n -> body(null, "Parallel " + TestNames.letters(n)));

        assertThat(responses).as("every registration without an MRN is accepted")
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        List<String> mrns = responses.stream().map(ConcurrentRegistrationIT::mrn).toList();
        assertThat(mrns).allSatisfy(m -> assertThat(m).matches("RP-\\d{6}"));
        assertThat(mrns).as("generated MRNs").doesNotHaveDuplicates();
    }

    @Test
    void givesAClinicChosenMrnOnceWhenSeveralClientsChooseItAtOnce() throws Exception {
        String chosen = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<HttpResponse<String>> responses =
                concurrently(CLIENTS * 2, n -> body(chosen, "Same " + TestNames.letters(n)));

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).as("one registration, the rest refused as a conflict")
                .isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS * 2 - 1));
        assertThat(responses).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.body()).contains("\"mrn\"").contains(chosen));
    }

    /** Sends {@code count} registrations from {@link #CLIENTS} threads, all released together. */
    private List<HttpResponse<String>> concurrently(int count, Function<Integer, String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                String json = body.apply(n);
                calls.add(() -> http.send(HttpRequest.newBuilder(URI.create(url("/api/patients")))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", basic(WebIT.COORDINATOR))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String body(String mrn, String family) {
        return """
                {"mrn": %s, "givenName": "Concurrent", "familyName": "%s", "dateOfBirth": "1968-03-09",
                 "sexAtBirth": "M"}""".formatted(mrn == null ? "null" : "\"" + mrn + "\"", family);
    }

    private static String mrn(HttpResponse<String> response) {
        Matcher m = MRN.matcher(response.body());
        assertThat(m.find()).as("MRN in %s", response.body()).isTrue();
        return m.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
