package org.regenpath.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail and records every message in {@code notification_message}. Called inside a transaction, the
 * message is recorded as {@code PENDING} in that transaction together with a {@link MailQueued} event in the event
 * publication registry; {@link MailListener} sends it after the commit, on another thread, and the registry retries
 * a delivery that failed or that a crash interrupted. A rolled-back transaction leaves neither a record nor a
 * message. The body is stored only for a message built {@link OutgoingMail.Builder#storable() storable}; one with a
 * one-time link lives only in memory. A failure to send is recorded and logged, never thrown at the caller: the
 * caller's work is already committed.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final Clock clock;
    private final MailTransport transport;
    private final HeldBodies held;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
            Clock clock, PlatformTransactionManager transactions, HeldBodies held, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.transport = new MailTransport(jdbc, mailSender, properties, clock, transactions);
        this.held = held;
        this.events = events;
    }

    /**
     * An absolute link into this installation for use in a message.
     *
     * @param pathAndQuery starts with {@code /}, e.g. {@code /portal/welcome?token=...}
     */
    public String link(String pathAndQuery) {
        if (pathAndQuery == null || !pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("A path starting with / is needed");
        }
        String base = properties.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }

    /** Whether an SMTP server is configured, i.e. whether {@link #send} will try to deliver at all. */
    public boolean configured() {
        return transport.configured();
    }

    /**
     * Records the message and sends it once the current transaction commits, or at once outside a transaction.
     *
     * @return the id of the {@code notification_message} row
     */
    public long send(OutgoingMail mail) {
        long id = insert(mail);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            held.hold(id, mail);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        held.release(id);
                    }
                }
            });
            events.publishEvent(new MailQueued(id));
        } else if (transport.claim(id)) {
            transport.deliver(id, mail);
        }
        return id;
    }

    /** The transport the listener sends through: the same settings as this service's. */
    MailTransport transport() {
        return transport;
    }

    private long insert(OutgoingMail mail) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notification_message (recipient, kind, subject, status, created_at, body_text, body_html)
                values (:to, :kind, :subject, 'PENDING', :at, :text, :html)""")
                .param("to", mail.to())
                .param("kind", mail.kind())
                .param("subject", mail.subject())
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .param("text", mail.storable() ? mail.text() : null)
                .param("html", mail.storable() ? mail.html() : null)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
