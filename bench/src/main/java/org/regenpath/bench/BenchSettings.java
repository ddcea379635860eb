package org.regenpath.bench;

import java.nio.file.Path;

/**
 * What one benchmark invocation does, read from system properties (the {@code bench} Maven profile passes them).
 *
 * @param dbUrl the benchmark's own database; dropped and created afresh at every run
 * @param adminUrl a database of the same server to drop and create it from
 * @param dbUser the database user
 * @param dbPassword its password (trust authentication: empty)
 * @param patients how many patients of the demo clinic the tasks are spread over
 * @param warmup submissions made before anything is measured, at least
 * @param warmupMax submissions made before anything is measured, at most: the warm-up goes on past {@code warmup}
 *     while the JIT compiler is still busy (see {@link SubmissionBenchmark})
 * @param submissions submissions (and baseline INSERTs) per measured phase
 * @param clients concurrent clients (and baseline threads) of the concurrent phase
 * @param out where the report is written
 */
record BenchSettings(String dbUrl, String adminUrl, String dbUser, String dbPassword, int patients, int warmup,
        int warmupMax, int submissions, int clients, Path out) {

    /** The demo password the benchmark gives the demo staff; the database is the benchmark's own. */
    static final String DEMO_PASSWORD = "bench-demo-password-1";
    static final String STAFF = "coordinator@demo-clinic.example";
    /** The submission target of issue #5 on the project's 2-core machine. */
    static final double TARGET_PER_SECOND = 1_000;
    static final double TARGET_P99_MS = 50;

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                text("bench.db.url", "jdbc:postgresql://localhost:5432/regenpath_bench"),
                text("bench.db.admin-url", "jdbc:postgresql://localhost:5432/postgres"),
                text("bench.db.user", "postgres"),
                text("bench.db.password", ""),
                number("bench.patients", 300),
                number("bench.warmup", 4_000),
                number("bench.warmup-max", 30_000),
                number("bench.submissions", 8_000),
                number("bench.clients", 8),
                Path.of(text("bench.out", "bench/results/latest.md")));
    }

    /** Enough tasks for the longest warm-up and both measured phases; each is submitted at most once. */
    int tasks() {
        return Math.max(warmup, warmupMax) + 2 * submissions;
    }

    /** The database's name, the last segment of its URL. */
    String dbName() {
        String path = dbUrl.contains("?") ? dbUrl.substring(0, dbUrl.indexOf('?')) : dbUrl;
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bench.db.url must end in a plain database name: " + dbUrl);
        }
        return name;
    }

    private static String text(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(String key, int fallback) {
        int value = Integer.parseInt(text(key, Integer.toString(fallback)));
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1");
        }
        return value;
    }
}
