package org.regenpath.bench;

import java.util.Arrays;

/**
 * What one measured phase gave: operations, wall time, throughput and exact latency percentiles (nearest rank over
 * every recorded latency; no histogram buckets).
 *
 * @param label what was measured
 * @param workers concurrent clients or threads
 * @param count operations
 * @param wallNanos from the start signal to the last operation's end
 * @param sortedNanos every operation's latency, ascending
 * @param clientCpuNanos CPU time of the workers' threads (the clients)
 * @param jvmCpuNanos CPU time of the whole JVM (the application, the clients, JIT and GC), -1 if unknown
 * @param postgresCpuNanos CPU time of the database's backends, -1 if unknown
 */
record Figures(String label, int workers, int count, long wallNanos, long[] sortedNanos, long clientCpuNanos,
        long jvmCpuNanos, long postgresCpuNanos) {

    static Figures of(String label, int workers, long wallNanos, long[] latencies, long clientCpu,
            CpuMeter.Sample before, CpuMeter.Sample after) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Figures(label, workers, sorted.length, wallNanos, sorted, clientCpu,
                difference(before.jvm(), after.jvm()), difference(before.postgres(), after.postgres()));
    }

    private static long difference(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    /** CPU milliseconds per operation of the clients' threads. */
    double clientCpuMs() {
        return clientCpuNanos / 1e6 / count;
    }

    /** CPU milliseconds per operation of this JVM apart from the clients' threads (the application), or NaN. */
    double appCpuMs() {
        return jvmCpuNanos < 0 ? Double.NaN : (jvmCpuNanos - clientCpuNanos) / 1e6 / count;
    }

    /** CPU milliseconds per operation of the PostgreSQL backends, or NaN. */
    double postgresCpuMs() {
        return postgresCpuNanos < 0 ? Double.NaN : postgresCpuNanos / 1e6 / count;
    }

    double perSecond() {
        return count / (wallNanos / 1e9);
    }

    double seconds() {
        return wallNanos / 1e9;
    }

    double p50Ms() {
        return percentileMs(0.50);
    }

    double p99Ms() {
        return percentileMs(0.99);
    }

    double maxMs() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    /** Nearest rank: the smallest latency with at least {@code q} of all latencies at or below it. */
    double percentileMs(double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
