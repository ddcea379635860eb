package org.regenpath.bench;

import java.util.List;
import java.util.Locale;

/**
 * The result of one run as Markdown: the machine, the workload, a table of throughput and latency for the
 * submissions and the INSERT baseline, their ratios, the target and whether it was met, and the checks that every
 * submission was stored and audited.
 *
 * @param settings the run's settings
 * @param warmedUp submissions made in the warm-up
 * @param machine cores, system, JVM, load average, database server facts
 * @param submitOne submissions by one client
 * @param submitMany submissions by {@code settings.clients()} concurrent clients
 * @param insertOne baseline INSERTs by one thread
 * @param insertMany baseline INSERTs by as many threads as clients
 * @param checks each check as "what: found of expected"
 */
record Report(BenchSettings settings, int warmedUp, List<String> machine, Figures submitOne, Figures submitMany,
        Figures insertOne, Figures insertMany, List<String> checks) {

    /** The target of issue #5: throughput with the concurrent clients, and p99 with one and with many. */
    boolean targetMet() {
        return submitMany.perSecond() >= BenchSettings.TARGET_PER_SECOND
                && submitMany.p99Ms() < BenchSettings.TARGET_P99_MS
                && submitOne.p99Ms() < BenchSettings.TARGET_P99_MS;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Questionnaire submission benchmark\n\n");
        md.append("Produced by `./mvnw -Pbench verify` (see `bench/README.md`). Each figure comes from one run.\n\n");
        md.append("## Machine\n\n");
        machine.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Workload\n\n");
        md.append(String.format(Locale.ROOT, "- %,d open NRS-11 tasks over %,d patients of the demo clinic, seeded "
                        + "in SQL (not timed); each is submitted at most once, in a fixed shuffled order, through `POST "
                        + "/api/patients/{id}/follow-up/tasks/{taskId}/response` by a coordinator signed in with a "
                        + "session and CSRF token, answering the one NRS question.%n",
                settings.tasks(), settings.patients()));
        md.append(String.format(Locale.ROOT, "- Warm-up: %,d submissions by %d clients, not counted (at least %,d, "
                        + "and on until the JVM's own threads, JIT compilers and GC, use under a tenth of the CPU the request "
                        + "threads use in a round). Then %,d "
                        + "submissions by 1 client, then %,d by %d concurrent clients (closed loop: each client sends "
                        + "its next request when the last one has answered).%n",
                warmedUp, settings.clients(), settings.warmup(), settings.submissions(), settings.submissions(),
                settings.clients()));
        md.append(String.format(Locale.ROOT, "- Baseline: %,d plain single-row INSERTs (auto-commit) into a scratch "
                        + "table of the same database over JDBC, by 1 thread, then by %d threads.%n",
                settings.submissions(), settings.clients()));
        md.append("- A CHECKPOINT precedes each measured phase; latencies are exact nearest-rank percentiles of "
                + "every request, measured in the client.\n\n");
        md.append("## Results\n\n");
        md.append("| what | clients | operations | seconds | per second | p50 ms | p99 ms | max ms "
                + "| CPU ms/op: requests | JVM other | clients | PostgreSQL |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List.of(submitOne, submitMany, insertOne, insertMany).forEach(f -> md.append(row(f)));
        md.append("\n| submission ÷ baseline | 1 client | ").append(settings.clients()).append(" clients |\n");
        md.append("|---|---:|---:|\n");
        md.append(ratio("throughput", submitOne.perSecond() / insertOne.perSecond(),
                submitMany.perSecond() / insertMany.perSecond()));
        md.append(ratio("p50 latency", submitOne.p50Ms() / insertOne.p50Ms(),
                submitMany.p50Ms() / insertMany.p50Ms()));
        md.append(ratio("p99 latency", submitOne.p99Ms() / insertOne.p99Ms(),
                submitMany.p99Ms() / insertMany.p99Ms()));
        md.append("\nCPU ms/op is CPU time per operation, which the machine's other work inflates far less than wall "
                + "time: \"requests\" is Tomcat's request threads (the application's work per submission; zero for "
                + "the baseline), \"JVM other\" the rest of this JVM (JIT compilers, GC, background threads), "
                + "\"clients\" the load generator with its HTTP or JDBC client, \"PostgreSQL\" the database's "
                + "backends (not the WAL writer, not the disk).\n");
        md.append(String.format(Locale.ROOT, "With %d clients a submission costs %.2f ms of server CPU (request threads "
                        + "and database backends); %d cores can serve at most about %,.0f submissions/s if nothing "
                        + "else ran on them (with the clients on the same cores, %,.0f/s).%n",
                settings.clients(), serverCpuMs(), cores(), cores() * 1000 / serverCpuMs(),
                cores() * 1000 / (serverCpuMs() + submitMany.clientCpuMs())));
        md.append("\n## Target\n\n").append(target()).append("\n\n## Checks\n\n");
        checks.forEach(line -> md.append("- ").append(line).append('\n'));
        return md.toString();
    }

    private double serverCpuMs() {
        return submitMany.requestCpuMs() + submitMany.postgresCpuMs();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private String target() {
        return String.format(Locale.ROOT, "At least %,.0f submissions/s with %d clients and p99 under %.0f ms (with "
                        + "1 and with %d clients) on this machine: **%s** (%,.0f/s; p99 %.1f ms with %d clients, "
                        + "%.1f ms with 1).",
                BenchSettings.TARGET_PER_SECOND, settings.clients(), BenchSettings.TARGET_P99_MS, settings.clients(),
                targetMet() ? "met" : "missed", submitMany.perSecond(), submitMany.p99Ms(), settings.clients(),
                submitOne.p99Ms());
    }

    private static String row(Figures f) {
        return String.format(Locale.ROOT,
                "| %s | %d | %,d | %.1f | %,.0f | %.2f | %.2f | %.1f | %.2f | %.2f | %.2f | %.2f |%n", f.label(),
                f.workers(), f.count(), f.seconds(), f.perSecond(), f.p50Ms(), f.p99Ms(), f.maxMs(), f.requestCpuMs(),
                f.backgroundCpuMs(), f.clientCpuMs(), f.postgresCpuMs());
    }

    private static String ratio(String what, double one, double many) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", what, one, many);
    }
}
