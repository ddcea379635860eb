package org.regenpath.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.regenpath.RegenpathApplication;
import org.regenpath.bench.BenchDatabase.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scored questionnaire submissions per second through the HTTP endpoint on PostgreSQL, with 1 and with N
 * concurrent clients, next to the same number of plain single-row INSERTs on the same database (issue #5). Starts
 * Regenpath in this JVM on a free port with the {@code postgres} profile and demo staff, seeds the tasks, measures,
 * checks that every submission was stored and audited, and writes the report. Run with {@code ./mvnw -Pbench verify}.
 */
public final class SubmissionBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SubmissionBenchmark.class);
    private static final String NRS_LINK_ID = "nrs";
    private static final int BASELINE_WARMUP = 2_000;
    private static final int WARMUP_ROUND = 1_000;

    private SubmissionBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase db = new BenchDatabase(settings);
        db.recreate();
        double loadBefore = loadAverage();
        try (ConfigurableApplicationContext app = start(settings); CpuMeter meter = new CpuMeter(db)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            log.info("Regenpath is up at {}; seeding {} tasks", base, settings.tasks());
            List<Task> tasks = db.seed(BenchSettings.STAFF);
            db.createScratchTable();
            List<StaffClient> clients = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                clients.add(StaffClient.signIn(base, BenchSettings.STAFF, BenchSettings.DEMO_PASSWORD));
            }
            Submissions submit = new Submissions(tasks, meter);
            int n = settings.submissions();
            int warmedUp = warmUp(submit, clients, settings);
            db.checkpoint();
            Figures one = submit.run("submission (HTTP)", clients.subList(0, 1), warmedUp, n);
            db.checkpoint();
            Figures many = submit.run("submission (HTTP)", clients, warmedUp + n, n);
            InsertBaseline baseline = new InsertBaseline(db, meter);
            baseline.run("warm-up", settings.clients(), BASELINE_WARMUP);
            db.checkpoint();
            Figures insertOne = baseline.run("baseline INSERT (JDBC)", 1, n);
            db.checkpoint();
            Figures insertMany = baseline.run("baseline INSERT (JDBC)", settings.clients(), n);
            List<String> machine = machine(db, app.getBean(DataSource.class), loadBefore);
            Checks checks = Checks.of(db, warmedUp + 2 * n, BASELINE_WARMUP + 2 * n);
            Report report = new Report(settings, warmedUp, machine, one, many, insertOne, insertMany,
                    checks.lines());
            Files.createDirectories(settings.out().toAbsolutePath().getParent());
            Files.writeString(settings.out(), report.markdown());
            log.info("\n\n{}\nWritten to {}", report.markdown(), settings.out());
            if (!checks.passed()) {
                throw new IllegalStateException("The checks failed: " + checks.lines());
            }
        }
    }

    /**
     * Submits in rounds, all clients at once, until at least {@code warmup} submissions are made and the JVM's own
     * threads (JIT compilers, GC) used under a tenth of the CPU the request threads used in the last round (or
     * {@code warmupMax} are made). On a small, busy machine the C2 compiler otherwise goes on compiling well into
     * the measured phases and takes their CPU.
     */
    private static int warmUp(Submissions submit, List<StaffClient> clients, BenchSettings settings)
            throws Exception {
        int done = 0;
        while (done + WARMUP_ROUND <= Math.max(settings.warmup(), settings.warmupMax())) {
            Figures round = submit.run("warm-up", clients, done, WARMUP_ROUND);
            done += WARMUP_ROUND;
            double background = round.backgroundCpuMs() / round.requestCpuMs();
            log.info(String.format(Locale.ROOT, "warm-up: %,d submitted; JVM background CPU %.0f%% of the requests'",
                    done, background * 100));
            if (done >= settings.warmup() && background < 0.1) {
                break;
            }
        }
        return done;
    }

    private static ConfigurableApplicationContext start(BenchSettings s) {
        SpringApplication app = new SpringApplication(RegenpathApplication.class);
        app.setAdditionalProfiles("postgres");
        // One role for the migrations and the application (the benchmark's own throwaway database): the empty
        // appRole tells the privileges callback that there is no separate application role to restrict.
        return app.run("--server.port=0", "--spring.datasource.url=" + s.dbUrl(),
                "--spring.datasource.username=" + s.dbUser(), "--spring.datasource.password=" + s.dbPassword(),
                "--spring.flyway.user=" + s.dbUser(), "--spring.flyway.password=" + s.dbPassword(),
                "--spring.flyway.placeholders.appRole=",
                "--regenpath.demo.enabled=true", "--regenpath.demo.password=" + BenchSettings.DEMO_PASSWORD,
                "--regenpath.data-dir=target/bench-data", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.regenpath.bench=INFO");
    }

    /** Submits tasks {@code from} to {@code from + count - 1}, the clients sharing them out. */
    private record Submissions(List<Task> tasks, CpuMeter meter) {

        Figures run(String label, List<StaffClient> clients, int from, int count) throws Exception {
            List<Load.Operation> workers = new ArrayList<>();
            for (StaffClient client : clients) {
                workers.add(i -> {
                    Task t = tasks.get(from + i);
                    client.submit(t.patientId(), t.taskId(), "{\"" + NRS_LINK_ID + "\": " + t.taskId() % 11 + "}");
                });
            }
            try {
                Figures f = Load.run(label, workers, count, meter);
                log.info(String.format(Locale.ROOT, "%s, %d clients: %,.0f/s, p50 %.2f ms, p99 %.2f ms", label,
                        clients.size(), f.perSecond(), f.p50Ms(), f.p99Ms()));
                return f;
            } catch (ExecutionException e) {
                throw new IllegalStateException(label + " failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static List<String> machine(BenchDatabase db, DataSource dataSource, double loadBefore)
            throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(Runtime.getRuntime().availableProcessors() + " cores (as the JVM sees them), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; load average "
                + String.format(Locale.ROOT, "%.2f before, %.2f after", loadBefore, loadAverage())
                + " (the machine is shared; other work shows here)");
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + "), heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; the application and "
                + "the clients run in this one JVM");
        lines.add(db.text("select version()").replaceAll(" on .*", "") + ", synchronous_commit "
                + db.text("show synchronous_commit") + ", fsync " + db.text("show fsync") + ", shared_buffers "
                + db.text("show shared_buffers") + ", same machine (localhost)");
        if (dataSource instanceof HikariDataSource hikari) {
            lines.add("Application connection pool: HikariCP, maximum " + hikari.getMaximumPoolSize()
                    + " connections; embedded Tomcat, default threads");
        }
        return lines;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
