package org.regenpath.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends e-mail and records every message in {@code notification_message}. Called inside a transaction, the
 * message is recorded as {@code PENDING} in that transaction and handed to the SMTP server only after it commits:
 * a rolled-back transaction leaves neither a record nor a message. The body lives only in memory until then; it
 * is never stored, because it may carry a one-time link. A failure to send is recorded, logged and never thrown:
 * the caller's work is already committed.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Notifications(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Records the message and sends it once the current transaction commits, or at once outside a transaction.
     *
     * @return the id of the {@code notification_message} row
     */
    public long send(OutgoingMail mail) {
        long id = insert(mail);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id, mail);
                }
            });
        } else {
            deliver(id, mail);
        }
        return id;
    }

    private void deliver(long id, OutgoingMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("E-mail is not configured (set spring.mail.host), so nothing was sent; {} for {}: {}",
                    mail.kind(), mail.to(), mail.link() == null ? "(no link)" : mail.link());
            mark(id, MailStatus.NOT_CONFIGURED, null);
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
            mark(id, MailStatus.SENT, null);
        } catch (MessagingException | RuntimeException e) {
            log.warn("E-mail {} ({}) to {} was not sent: {}", id, mail.kind(), mail.to(), e.getMessage());
            mark(id, MailStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private long insert(OutgoingMail mail) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notification_message (recipient, kind, subject, status, created_at)
                values (:to, :kind, :subject, 'PENDING', :at)""")
                .param("to", mail.to())
                .param("kind", mail.kind())
                .param("subject", mail.subject())
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private void mark(long id, MailStatus status, String error) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql(
                        "update notification_message set status = :s, error = :e, sent_at = :at where id = :id")
                .param("s", status.name())
                .param("e", error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR))
                .param("at", status == MailStatus.SENT ? Instant.now(clock).atOffset(ZoneOffset.UTC) : null)
                .param("id", id)
                .update());
    }
}
