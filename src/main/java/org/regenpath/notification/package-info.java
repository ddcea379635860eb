/**
 * Notification: e-mail to patients and staff over SMTP (Spring Mail), each message recorded with its outcome.
 *
 * <p>Owns the table {@code notification_message}: recipient, kind, subject, status ({@code PENDING}, then
 * {@code SENT}, {@code FAILED} or {@code NOT_CONFIGURED}), error and times, never the body, because bodies
 * carry one-time links. Callers hand {@link org.regenpath.notification.Notifications#send} an
 * {@link org.regenpath.notification.OutgoingMail}; inside a transaction the message goes out only after that
 * transaction commits, so a rolled-back invitation sends nothing. Without an SMTP host ({@code spring.mail.host})
 * nothing fails: the message is recorded as {@code NOT_CONFIGURED} and its link is logged on one line, so the
 * demo can be followed. E-mail is not a secure channel: messages carry a greeting, the clinic's name and a link,
 * never clinical content or internal ids (see docs/decisions/0013).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"shared"})
package org.regenpath.notification;
