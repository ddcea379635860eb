package org.regenpath.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regenpath.support.TestMail;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages go out through real SMTP (GreenMail) only after the sender's transaction commits, through an event the
 * registry redelivers, once per message however often it is delivered; they are recorded with their outcome, a
 * one-time link is never stored, and they never fail the caller: no SMTP host records NOT_CONFIGURED and logs the link, an unreachable
 * server records FAILED.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsIT extends WebIT {

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    HeldBodies held;

    @Autowired
    ApplicationEventPublisher events;

    static String recipient() {
        return "notify-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
    }

    static OutgoingMail mail(String to) {
        return OutgoingMail.to(to, "TEST_MESSAGE").subject("A test").greeting("Dear Ada,")
                .paragraph("Fish & chips <b>")
                .action("Open", "http://localhost:8080/portal/welcome?token=abc").build();
    }

    String status(String to) {
        return jdbc.sql("select status from notification_message where recipient = :r").param("r", to)
                .query(String.class).single();
    }

    @Test
    void aMessageSentInATransactionGoesOutAfterCommitAsTextAndEscapedHtml() {
        String to = recipient();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            notifications.send(mail(to));
            assertThat(TestMail.to(to)).as("nothing before commit").isEmpty();
            assertThat(status(to)).isEqualTo("PENDING");
        });
        var received = TestMail.awaitMessage(to, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(to)));
        assertThat(TestMail.text(received)).contains("Dear Ada,").contains("Fish & chips <b>")
                .containsPattern("Open:\\r?\\nhttp://localhost:8080/portal/welcome\\?token=abc");
        assertThat(TestMail.html(received)).contains("Fish &amp; chips &lt;b&gt;")
                .contains("href=\"http://localhost:8080/portal/welcome?token=abc\"");
        assertThat(jdbc.sql("select sent_at from notification_message where recipient = :r").param("r", to)
                .query().singleValue()).isNotNull();
    }

    @Test
    void aRedeliveredEventDoesNotSendTheMessageTwice() {
        String to = recipient();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Long id = transaction.execute(s -> notifications.send(mail(to)));
        TestMail.awaitMessage(to, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(to)));

        transaction.executeWithoutResult(s -> events.publishEvent(new MailQueued(id)));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> TestMail.to(to).size() == 1);
        assertThat(status(to)).isEqualTo("SENT");
        // Both deliveries completed: the second found the message sent and did nothing.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where serialized_event like :e and completion_date is null""")
                .param("e", "%\"messageId\":" + id + "}%").query(Long.class).single() == 0);
    }

    @Test
    void aStorableMessageIsSentFromItsStoredBodyWhenThisProcessNoLongerHoldsIt() {
        String to = recipient();
        OutgoingMail storable = OutgoingMail.to(to, "TEST_MESSAGE").subject("A test").greeting("Dear Ada,")
                .paragraph("Your questionnaires are ready.").action("Open", "http://localhost:8080/portal")
                .storable().build();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            long id = notifications.send(storable);
            held.release(id);
        });
        var received = TestMail.awaitMessage(to, 1);
        assertThat(TestMail.text(received)).contains("Dear Ada,").contains("Your questionnaires are ready.");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(to)));
    }

    @Test
    void aMessageWithAOneTimeLinkIsNeverStoredAndFailsRatherThanGoOutWithoutItsBody() {
        String to = recipient();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            long id = notifications.send(mail(to));
            assertThat(jdbc.sql("""
                    select count(*) from notification_message
                    where id = :id and body_text is null and body_html is null""").param("id", id)
                    .query(Long.class).single()).isEqualTo(1);
            held.release(id);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(to)));
        assertThat(jdbc.sql("select error from notification_message where recipient = :r").param("r", to)
                .query(String.class).single()).contains("new link");
        assertThat(TestMail.to(to)).isEmpty();
    }

    @Test
    void aRolledBackTransactionSendsAndRecordsNothing() {
        String to = recipient();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            notifications.send(mail(to));
            s.setRollbackOnly();
        });
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> TestMail.to(to).isEmpty());
        assertThat(jdbc.sql("select count(*) from notification_message where recipient = :r").param("r", to)
                .query(Long.class).single()).isZero();
    }

    @Test
    void withoutAnSmtpHostTheMessageIsRecordedAsNotConfiguredAndItsLinkLogged(CapturedOutput output) {
        String to = recipient();
        Notifications unconfigured = new Notifications(jdbc, provider(null),
                new NotificationProperties("Regenpath <no-reply@regenpath.example>", "http://localhost:8080/"),
                clock, transactions, new HeldBodies(), event -> { });
        unconfigured.send(mail(to));
        assertThat(status(to)).isEqualTo("NOT_CONFIGURED");
        assertThat(output.getOut()).contains("E-mail is not configured").contains(to)
                .contains("http://localhost:8080/portal/welcome?token=abc");
        assertThat(unconfigured.link("/portal")).isEqualTo("http://localhost:8080/portal");
    }

    @Test
    void anUnreachableServerIsRecordedAsFailedWithoutFailingTheCaller() {
        String to = recipient();
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);
        Notifications failing = new Notifications(jdbc, provider(nowhere),
                new NotificationProperties("Regenpath <no-reply@regenpath.example>", "http://localhost:8080"),
                clock, transactions, new HeldBodies(), event -> { });
        failing.send(mail(to));
        assertThat(status(to)).isEqualTo("FAILED");
        assertThat(jdbc.sql("select error from notification_message where recipient = :r").param("r", to)
                .query(String.class).single()).isNotBlank();
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        return new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                return sender;
            }

            @Override
            public JavaMailSender getObject(Object... args) {
                return sender;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return sender;
            }

            @Override
            public JavaMailSender getIfUnique() {
                return sender;
            }
        };
    }
}
