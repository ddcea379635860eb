package org.regenpath.notification;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a message recorded by {@link Notifications} after its transaction committed. Redelivered by the event
 * publication registry until it completes, so it is idempotent per message: a message already sent, or being sent,
 * is not sent again ({@link MailTransport#claim}). When the SMTP server fails, the failure is recorded and thrown,
 * so that the registry retries with backoff. A message whose body was never stored (it carries a one-time link)
 * and that this process no longer holds (a restart came between the commit and the sending) cannot be rebuilt: it
 * is recorded as failed, and the person asks for a new link.
 */
@Component
class MailListener {

    private static final Logger log = LoggerFactory.getLogger(MailListener.class);
    static final String LINK_LOST = "The message carried a one-time link and was not sent before a restart; a new"
            + " link must be requested.";

    private final JdbcClient jdbc;
    private final MailTransport transport;
    private final HeldBodies held;

    MailListener(JdbcClient jdbc, Notifications notifications, HeldBodies held) {
        this.jdbc = jdbc;
        this.transport = notifications.transport();
        this.held = held;
    }

    @ApplicationModuleListener
    void on(MailQueued event) {
        long id = event.messageId();
        Optional<OutgoingMail> mail = held.get(id).or(() -> stored(id));
        if (mail.isEmpty()) {
            if (transport.claim(id)) {
                log.warn("E-mail {} was not sent before a restart and its one-time link is gone", id);
                transport.fail(id, LINK_LOST);
            }
            return;
        }
        if (!transport.claim(id)) {
            held.release(id);
            return;
        }
        MailStatus outcome = transport.deliver(id, mail.get());
        if (outcome == MailStatus.FAILED) {
            throw new MailNotSent(id);
        }
        held.release(id);
    }

    private Optional<OutgoingMail> stored(long id) {
        return jdbc.sql("""
                        select recipient, kind, subject, body_text, body_html from notification_message
                        where id = :id and body_text is not null""")
                .param("id", id)
                .query((rs, n) -> new OutgoingMail(rs.getString("recipient"), rs.getString("kind"),
                        rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), null, true))
                .optional();
    }

    /** Thrown so that the event publication registry records the delivery as failed and retries it. */
    static final class MailNotSent extends RuntimeException {
        MailNotSent(long id) {
            super("E-mail " + id + " was not accepted by the SMTP server; it will be retried");
        }
    }
}
