package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ForkedApplication;
import org.regenpath.support.TestNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A 2xx is a promise: four clients register patients over HTTP, the application is killed with SIGKILL while they
 * are still writing, and after a restart on the same data every acknowledged patient must be there with its MRN.
 * Runs on the embedded default database (H2 file in a fresh data directory), and on PostgreSQL (a fresh schema)
 * when the {@code postgres} Maven profile is active.
 */
class CrashDurabilityIT {

    private static final String USER = "coordinator@demo-clinic.example";
    private static final String PASSWORD = "crash-test-password-1";
    private static final int CLIENTS = 4;
    /** The kill comes after this many acknowledged writes or this long after the first, whichever is first. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final Duration WRITING_BEFORE_KILL = Duration.ofSeconds(4);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Pattern MRN = Pattern.compile("\"mrn\"\\s*:\\s*\"([^\"]+)\"");

    private static final Logger log = LoggerFactory.getLogger(CrashDurabilityIT.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedRegistrationSurvivesKillDashNineAndRestart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-it", UUID.randomUUID().toString()))
                .toAbsolutePath();
        Database db = Database.forActiveProfiles(dir);
        List<ForkedApplication> apps = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(db.args());
            args.addAll(List.of("--regenpath.data-dir=" + dir, "--regenpath.demo.enabled=true",
                    "--regenpath.demo.password=" + PASSWORD, "--logging.level.root=WARN"));

            long starting = System.nanoTime();
            ForkedApplication app = ForkedApplication.start(args, dir.resolve("first.log"), START_TIMEOUT);
            double firstStart = (System.nanoTime() - starting) / 1e9;
            apps.add(app);
            Run run = writeAndKill(app);
            Map<Long, String> promised = run.acknowledged();
            log.info("{}: {} registrations acknowledged in {} s ({}/s), refusals before the kill {}", db.name(),
                    promised.size(), String.format("%.1f", run.seconds()),
                    String.format("%.1f", promised.size() / run.seconds()), run.refusals());

            starting = System.nanoTime();
            ForkedApplication again = ForkedApplication.start(args, dir.resolve("restart.log"), START_TIMEOUT);
            log.info("{}: healthy {} s after the first start (demo loaded), {} s after the restart", db.name(),
                    String.format("%.1f", firstStart), String.format("%.1f", (System.nanoTime() - starting) / 1e9));
            apps.add(again);
            long last = promised.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            int status = http.send(get(again.url() + "/api/patients/" + last), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            again.stop();

            Map<Long, String> stored = db.mrns(promised.keySet());
            Map<Long, String> lost = new TreeMap<>(promised);
            lost.keySet().removeAll(stored.keySet());
            assertThat(lost).as("%d of %d acknowledged patients lost after kill -9 on %s", lost.size(),
                    promised.size(), db.name()).isEmpty();
            assertThat(stored).as("every acknowledged patient kept the MRN it was given").isEqualTo(promised);
            assertThat(status).as("the restarted application reads the last acknowledged patient").isEqualTo(200);
            assertThat(Set.copyOf(promised.values())).as("MRNs unique").hasSize(promised.size());
            assertThat(run.refusals()).as("every registration before the kill answered 201").isEmpty();
        } finally {
            apps.forEach(ForkedApplication::close);
            db.drop();
        }
    }

    /** What the clients were told before the kill: acknowledged patient ids with their MRNs, refusals by status. */
    private record Run(Map<Long, String> acknowledged, Map<Integer, Integer> refusals, double seconds) {
    }

    /** Four clients register patients; the application is killed while they are still writing. */
    private Run writeAndKill(ForkedApplication app) throws InterruptedException {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, Integer> refusals = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            Thread t = new Thread(() -> write(app.url(), client, stop, acknowledged, refusals, unexpected),
                    "crash-client-" + i);
            t.setDaemon(true);
            t.start();
            clients.add(t);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> !acknowledged.isEmpty() || !unexpected.isEmpty());
        assertThat(unexpected).as("client errors before the first registration").isEmpty();
        long started = System.nanoTime();
        await().atMost(WRITING_BEFORE_KILL.plusSeconds(30)).until(() -> !unexpected.isEmpty()
                || acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL
                || System.nanoTime() - started >= WRITING_BEFORE_KILL.toNanos());
        assertThat(unexpected).as("client errors before the kill").isEmpty();
        app.kill();
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        for (Thread t : clients) {
            t.join(Duration.ofSeconds(30).toMillis());
        }
        return new Run(new TreeMap<>(acknowledged), Map.copyOf(refusals), seconds);
    }

    /** One client: registers patients without an MRN until told to stop or the server goes away. */
    private void write(String base, int client, AtomicBoolean stop, Map<Long, String> acknowledged,
            Map<Integer, Integer> refusals, ConcurrentLinkedQueue<Throwable> unexpected) {
        for (int n = 0; !stop.get(); n++) {
            String body = """
                    {"givenName": "Crash", "familyName": "Client %s", "dateOfBirth": "1970-01-01",
                     "sexAtBirth": "F"}""".formatted(TestNames.letters(client * 1_000_000 + n));
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/patients"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", basic())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response;
            try {
                response = http.send(post, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return; // the server was killed: this request was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                Matcher mrn = MRN.matcher(response.body());
                if (!mrn.find()) {
                    unexpected.add(new AssertionError("201 without an MRN: " + response.body()));
                    return;
                }
                acknowledged.put(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), mrn.group(1));
            } else if (response.statusCode() == 409) {
                refusals.merge(response.statusCode(), 1, Integer::sum);
            } else {
                unexpected.add(new AssertionError("HTTP " + response.statusCode() + ": " + response.body()));
                return;
            }
        }
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic()).build();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The database the forked application runs on, and a direct JDBC view of it for the count. */
    private record Database(String name, String url, String user, String password, String owner,
            String ownerPassword, String schema, List<String> args) {

        /** PostgreSQL when the Spring profiles of this test run include {@code postgres}, else the embedded H2. */
        static Database forActiveProfiles(Path dir) throws IOException, SQLException {
            String profiles = System.getProperty("spring.profiles.active", "");
            if (!Arrays.asList(profiles.split(",")).contains("postgres")) {
                // The application's default URL (application.yml) with regenpath.data-dir = dir.
                return new Database("H2", "jdbc:h2:file:" + dir + "/regenpath;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "", "sa", "", null, List.of());
            }
            StandardEnvironment env = new StandardEnvironment();
            new YamlPropertySourceLoader().load("it-postgres", new ClassPathResource("application-it-postgres.yml"))
                    .forEach(env.getPropertySources()::addLast);
            String url = env.getRequiredProperty("spring.datasource.url");
            String user = env.getRequiredProperty("spring.datasource.username");
            String password = env.getProperty("spring.datasource.password", "");
            // Two roles, as in production (decision 0018): the owner creates the schema and runs the migrations,
            // the application connects as the role that owns nothing.
            String owner = System.getenv().getOrDefault("REGENPATH_DB_OWNER", "regenpath_owner");
            String ownerPassword = System.getenv().getOrDefault("REGENPATH_DB_OWNER_PASSWORD", "");
            String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(url, owner, ownerPassword);
                    Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Database("PostgreSQL", schemaUrl, user, password, owner, ownerPassword, schema,
                    List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl,
                            "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                            "--spring.flyway.user=" + owner, "--spring.flyway.password=" + ownerPassword));
        }

        Map<Long, String> mrns(Set<Long> ids) throws SQLException {
            Map<Long, String> found = new HashMap<>();
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id, mrn from patient")) {
                while (rs.next()) {
                    if (ids.contains(rs.getLong(1))) {
                        found.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return found;
        }

        void drop() throws SQLException {
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(url, owner, ownerPassword);
                        Statement s = c.createStatement()) {
                    s.execute("drop schema " + schema + " cascade");
                }
            }
        }
    }
}
