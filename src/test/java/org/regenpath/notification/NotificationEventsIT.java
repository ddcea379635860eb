package org.regenpath.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.support.TestMail;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Sending a message records it and publishes {@link MailQueued} with the recorded message's id; after the commit
 * {@link MailListener} hands it to SMTP (GreenMail) and records it sent.
 *
 * <p>The whole application ({@link WebIT}) with {@link EnableScenarios}, not {@code @ApplicationModuleTest}: the
 * shared test SMTP server is configured for the application's context, and the registry's table comes from the
 * migrated database.
 */
@EnableScenarios
class NotificationEventsIT extends WebIT {

    @Autowired
    Notifications notifications;

    @Test
    void sendingPublishesMailQueuedAndTheListenerSendsTheMessage(Scenario scenario) {
        String to = "events-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";

        scenario.stimulate(() -> notifications.send(OutgoingMail.to(to, "TEST_MESSAGE").subject("Your follow-up")
                        .greeting("Dear Ada,").paragraph("Your questionnaire is ready.").storable().build()))
                .andWaitForEventOfType(MailQueued.class)
                .matching(e -> to.equals(jdbc.sql("select recipient from notification_message where id = :id")
                        .param("id", e.messageId()).query(String.class).optional().orElse(null)))
                .toArriveAndVerify((e, id) -> assertThat(e.messageId()).isEqualTo(id));

        assertThat(TestMail.text(TestMail.awaitMessage(to, 1))).contains("Your questionnaire is ready.");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(jdbc.sql(
                "select status from notification_message where recipient = :r").param("r", to)
                .query(String.class).single()));
    }
}
