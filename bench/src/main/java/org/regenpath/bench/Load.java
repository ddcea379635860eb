package org.regenpath.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a number of operations on a fixed pool of workers (one thread each, closed loop: a worker sends its next
 * request when the previous one has answered) and records every operation's latency and the CPU time spent. Any failure stops the phase
 * and fails the benchmark: a figure that includes errors would be meaningless.
 */
final class Load {

    /** One worker's operation on item {@code i} (an index into the phase's items). */
    @FunctionalInterface
    interface Operation {
        void perform(int i) throws Exception;
    }

    private Load() {}

    static Figures run(String label, List<Operation> workers, int count, CpuMeter meter) throws Exception {
        int n = workers.size();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        long[][] latencies = new long[n][count];
        int[] done = new int[n];
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n,
                r -> new Thread(r, CpuMeter.CLIENT_THREAD + threadNumber.incrementAndGet()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < count && !failed.get(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            workers.get(worker).perform(i);
                        } catch (Exception | Error e) {
                            failed.set(true);
                            throw e;
                        }
                        latencies[worker][done[worker]++] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            CpuMeter.Sample before = meter.sample();
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            long wall = System.nanoTime() - t0;
            CpuMeter.Sample after = meter.sample();
            return Figures.of(label, n, wall, merge(latencies, done), before, after);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] merge(long[][] latencies, int[] done) {
        int total = 0;
        for (int d : done) {
            total += d;
        }
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < latencies.length; w++) {
            System.arraycopy(latencies[w], 0, all, at, done[w]);
            at += done[w];
        }
        return all;
    }
}
