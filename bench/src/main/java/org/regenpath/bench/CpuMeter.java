package org.regenpath.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent during a phase, which unlike wall time hardly depends on what else the shared machine is doing. In
 * this JVM, by thread: Tomcat's request threads (the application serving the submissions), the clients (the
 * benchmark's workers and the JDK HTTP client's threads), and the rest of the process (JIT compilers, GC, the
 * application's background threads). Outside it, the PostgreSQL backends serving the benchmark database, read from
 * {@code /proc/<pid>/stat} when the server runs on this machine (otherwise unknown, -1). WAL writing and the disk's
 * own time are not CPU of these processes.
 */
final class CpuMeter implements AutoCloseable {

    /** Linux's USER_HZ: {@code /proc/<pid>/stat} counts CPU time in 1/100 s everywhere Linux runs today. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** Threads of the benchmark's own clients. */
    static final String CLIENT_THREAD = "bench-client-";

    /**
     * CPU time used so far, in nanoseconds: the whole JVM's (-1 when unknown), and by thread (Tomcat's request
     * threads, the clients' threads) and by PostgreSQL backend (null when unknown), so that a phase counts only the
     * threads and backends that were there at its end, each from where it stood at the start.
     */
    record Sample(long jvm, Map<Long, Long> requests, Map<Long, Long> clients, Map<Long, Long> postgres) {

        /** The CPU used between {@code before} and this sample: whole JVM, requests, clients, PostgreSQL. */
        long[] since(Sample before) {
            return new long[] {jvm < 0 || before.jvm < 0 ? -1 : jvm - before.jvm, delta(requests, before.requests),
                    delta(clients, before.clients), postgres == null || before.postgres == null ? -1
                            : delta(postgres, before.postgres)};
        }

        private static long delta(Map<Long, Long> after, Map<Long, Long> before) {
            long sum = 0;
            for (Map.Entry<Long, Long> e : after.entrySet()) {
                sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
            return sum;
        }
    }

    private final Connection connection;

    CpuMeter(BenchDatabase db) throws SQLException {
        this.connection = db.connect();
    }

    Sample sample() {
        Map<Long, Long> requests = new HashMap<>();
        Map<Long, Long> clients = new HashMap<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = mx.getThreadCpuTime(t.getId());
            if (cpu < 0) {
                continue;
            }
            if (t.getName().startsWith("http-nio")) {
                requests.put(t.getId(), cpu);
            } else if (t.getName().startsWith(CLIENT_THREAD) || t.getName().startsWith("HttpClient-")) {
                clients.put(t.getId(), cpu);
            }
        }
        return new Sample(jvmCpu(), requests, clients, postgresCpu());
    }

    private static long jvmCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The backends of the benchmark database other than this meter's own, by pid; null when none can be read. */
    private Map<Long, Long> postgresCpu() {
        Map<Long, Long> backends = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()""")) {
            while (rs.next()) {
                Path stat = Path.of("/proc", Integer.toString(rs.getInt(1)), "stat");
                if (Files.isReadable(stat)) {
                    String line = Files.readString(stat);
                    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    backends.put(rs.getLong(1),
                            (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK);
                }
            }
            return backends.isEmpty() ? null : backends;
        } catch (SQLException | IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
