package org.regenpath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: plain single-row INSERTs over JDBC into a scratch table of the same database, each committed on
 * its own (auto-commit), from one connection per thread. It is what one durable write costs on this server and
 * disk, so the submission figures can be read as a multiple of it.
 */
final class InsertBaseline {

    private final BenchDatabase db;
    private final CpuMeter meter;

    InsertBaseline(BenchDatabase db, CpuMeter meter) {
        this.db = db;
        this.meter = meter;
    }

    Figures run(String label, int threads, int count) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            List<Load.Operation> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Connection c = db.connect();
                c.setAutoCommit(true);
                connections.add(c);
                PreparedStatement insert = c.prepareStatement(
                        "insert into bench_insert (worker, item, payload, created_at) values (?, ?, ?, ?)");
                int worker = t;
                workers.add(i -> {
                    insert.setInt(1, worker);
                    insert.setInt(2, i);
                    insert.setString(3, "baseline row " + i);
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    if (insert.executeUpdate() != 1) {
                        throw new IllegalStateException("insert " + i + " wrote no row");
                    }
                });
            }
            return Load.run(label, workers, count, meter);
        } finally {
            for (Connection c : connections) {
                close(c);
            }
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing after the measurement; nothing depends on it
        }
    }
}
