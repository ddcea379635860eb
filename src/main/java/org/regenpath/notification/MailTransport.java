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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands one recorded message to the SMTP server and records the outcome, each state change in a transaction of its
 * own. A message is claimed first ({@code PENDING} or {@code FAILED} to {@code SENDING}, a compare-and-set): of two
 * deliveries of the same message only one sends it, and a message a crash interrupted while sending stays
 * {@code SENDING} rather than going out twice.
 */
final class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MailTransport(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Claims the message for one delivery; false when it was sent, is being sent, or needs no sending. */
    boolean claim(long id) {
        Integer claimed = ownTransaction.execute(s -> jdbc.sql("""
                        update notification_message set status = 'SENDING'
                        where id = :id and status in ('PENDING', 'FAILED')""")
                .param("id", id).update());
        return claimed != null && claimed == 1;
    }

    /**
     * Sends a claimed message and records the outcome.
     *
     * @return the status recorded: {@code SENT}, {@code FAILED} or {@code NOT_CONFIGURED}
     */
    MailStatus deliver(long id, OutgoingMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("E-mail is not configured (set spring.mail.host), so nothing was sent; {} for {}: {}",
                    mail.kind(), mail.to(), mail.link() == null ? "(no link)" : mail.link());
            mark(id, MailStatus.NOT_CONFIGURED, null);
            return MailStatus.NOT_CONFIGURED;
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
            return MailStatus.SENT;
        } catch (MessagingException | RuntimeException e) {
            log.warn("E-mail {} ({}) to {} was not sent: {}", id, mail.kind(), mail.to(), e.getMessage());
            fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            return MailStatus.FAILED;
        }
    }

    /** Records that the message could not be sent, with the reason. */
    void fail(long id, String error) {
        mark(id, MailStatus.FAILED, error);
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
