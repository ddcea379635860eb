package org.regenpath.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.support.ForkedApplication;
import org.regenpath.support.TestMail;

/**
 * A message whose transaction committed but which was not yet sent when the process died ({@code kill -9}) is sent
 * once after the restart, and not again after a second restart. The first run is killed; the database is then left
 * exactly as such a commit leaves it (the {@code notification_message} row with its {@link MailQueued} event in the
 * registry, nothing sent), because no anonymous request sends a storable message; the restarts are real. The forked
 * application runs on its embedded H2 file database in every test run ({@link ForkedApplication}).
 */
class MailCrashIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final String LISTENER =
            "org.regenpath.notification.MailListener.on(org.regenpath.notification.MailQueued)";

    @Test
    void aMessageCommittedBeforeKillDashNineIsSentOnceAfterTheRestart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "mail-crash-it", UUID.randomUUID().toString()))
                .toAbsolutePath();
        String to = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        List<String> args = List.of("--regenpath.data-dir=" + dir, "--regenpath.demo.enabled=false",
                "--logging.level.root=WARN", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.server().getSmtp().getPort());
        try (ForkedApplication first = ForkedApplication.start(args, dir.resolve("first.log"), START_TIMEOUT)) {
            first.kill();
        }
        long id = commitUnsentMessage(dir, to);

        try (ForkedApplication again = ForkedApplication.start(args, dir.resolve("restart.log"), START_TIMEOUT)) {
            TestMail.awaitMessage(to, 1);
            again.stop();
        }
        assertThat(statusOf(dir, id)).isEqualTo("SENT");
        try (ForkedApplication third = ForkedApplication.start(args, dir.resolve("third.log"), START_TIMEOUT)) {
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> TestMail.to(to).size() == 1);
            third.stop();
        }
        assertThat(TestMail.to(to)).hasSize(1);
        assertThat(TestMail.text(TestMail.to(to).get(0))).contains("Your questionnaires are ready.");
        try (Connection c = connect(dir); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from event_publication where completion_date is null"
                        + " and listener_id = '" + LISTENER + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the delivery completed").isZero();
        }
    }

    /** What the sender's committed transaction leaves: the message, PENDING with its body, and its event. */
    private static long commitUnsentMessage(Path dir, String to) throws SQLException {
        OutgoingMail mail = OutgoingMail.to(to, "FOLLOWUP_OPENED").subject("Your follow-up questionnaires are ready")
                .greeting("Hello,").paragraph("Your questionnaires are ready.")
                .action("Answer now", "http://localhost:8080/portal").storable().build();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = connect(dir)) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into notification_message (recipient, kind, subject, status, created_at, body_text,
                        body_html) values (?, ?, ?, 'PENDING', ?, ?, ?)""", new String[] {"id"})) {
                insert.setString(1, mail.to());
                insert.setString(2, mail.kind());
                insert.setString(3, mail.subject());
                insert.setObject(4, now);
                insert.setString(5, mail.text());
                insert.setString(6, mail.html());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement event = c.prepareStatement("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                        status, completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 1)""")) {
                event.setObject(1, UUID.randomUUID());
                event.setString(2, LISTENER);
                event.setString(3, MailQueued.class.getName());
                event.setString(4, "{\"messageId\":" + id + "}");
                event.setObject(5, now);
                event.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    /** The message's status, read while the application is stopped (the embedded database is then free). */
    private static String statusOf(Path dir, long id) throws SQLException {
        try (Connection c = connect(dir); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select status from notification_message where id = " + id)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Connection connect(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir + "/regenpath;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
    }
}
