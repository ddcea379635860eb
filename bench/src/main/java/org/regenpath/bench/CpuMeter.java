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

    /** CPU time used so far, in nanoseconds; -1 when unknown. */
    record Sample(long jvm, long requests, long clients, long postgres) {}

    private final Connection connection;

    CpuMeter(BenchDatabase db) throws SQLException {
        this.connection = db.connect();
    }

    Sample sample() {
        long requests = 0;
        long clients = 0;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = Math.max(0, mx.getThreadCpuTime(t.getId()));
            if (t.getName().startsWith("http-nio")) {
                requests += cpu;
            } else if (t.getName().startsWith(CLIENT_THREAD) || t.getName().startsWith("HttpClient-")) {
                clients += cpu;
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

    /** The backends of the benchmark database other than this meter's own, summed; -1 when none can be read. */
    private long postgresCpu() {
        long total = 0;
        boolean read = false;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()""")) {
            while (rs.next()) {
                Path stat = Path.of("/proc", Integer.toString(rs.getInt(1)), "stat");
                if (Files.isReadable(stat)) {
                    String line = Files.readString(stat);
                    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
                    read = true;
                }
            }
            return read ? total : -1;
        } catch (SQLException | IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
