package org.regenpath.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.regenpath.RegenpathApplication;

/**
 * The real application in its own JVM, started from the test classpath, so that a test can kill it the way the
 * OOM killer or a JVM crash would ({@code kill -9}) and start it again on the same data.
 */
public final class ForkedApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ForkedApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application with {@code args} (Spring Boot command-line properties) on a free port and waits until
     * {@code /actuator/health} answers 200. Its output goes to {@code log}. No {@code REGENPATH_DB_*} variable (URL, users,
     * passwords) is passed on, so without datasource arguments the application runs on its default embedded database
     * with its default user, whatever database this test run uses.
     */
    public static ForkedApplication start(List<String> args, Path log, Duration startTimeout) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                RegenpathApplication.class.getName(),
                "--server.port=" + port));
        if (args.stream().noneMatch(a -> a.startsWith("--regenpath.demo.history."))) {
            // No generated demo history (minutes of background work) unless the test asks for it.
            command.add("--regenpath.demo.history.patients=0");
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("REGENPATH_DB_"));
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        ForkedApplication app = new ForkedApplication(builder.start(), port, log);
        try {
            app.awaitHealthy(startTimeout);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** The base URL, e.g. {@code http://localhost:41234}. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** SIGKILL: the JVM gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not die after SIGKILL; see " + log);
        }
    }

    /** SIGTERM: Spring's orderly shutdown closes the database. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not stop within 60 s; see " + log);
        }
    }

    /** Kills the process if it still runs, so that no failed test leaves an application behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptionsMatching(e -> e instanceof IOException)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The application exited with " + process.exitValue()
                                + " while starting; see " + log);
                    }
                    return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
