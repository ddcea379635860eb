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
 * @param cpuNanos CPU time spent in the phase: the whole JVM, its request threads, its client threads, the
 *     PostgreSQL backends (see {@link CpuMeter}); -1 where unknown
 */
record Figures(String label, int workers, int count, long wallNanos, long[] sortedNanos, long[] cpuNanos) {

    static Figures of(String label, int workers, long wallNanos, long[] latencies, CpuMeter.Sample before,
            CpuMeter.Sample after) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Figures(label, workers, sorted.length, wallNanos, sorted, after.since(before));
    }

    /** CPU milliseconds per operation of Tomcat's request threads: the application's own work per request. */
    double requestCpuMs() {
        return perOperation(cpuNanos[1]);
    }

    /** CPU milliseconds per operation of the rest of the JVM: JIT compilers, GC, background threads. */
    double backgroundCpuMs() {
        return cpuNanos[0] < 0 ? Double.NaN : perOperation(cpuNanos[0] - cpuNanos[1] - cpuNanos[2]);
    }

    /** CPU milliseconds per operation of the clients (the benchmark's workers and the HTTP client's threads). */
    double clientCpuMs() {
        return perOperation(cpuNanos[2]);
    }

    /** CPU milliseconds per operation of the PostgreSQL backends, or NaN. */
    double postgresCpuMs() {
        return cpuNanos[3] < 0 ? Double.NaN : perOperation(cpuNanos[3]);
    }

    private double perOperation(long nanos) {
        return nanos / 1e6 / count;
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
