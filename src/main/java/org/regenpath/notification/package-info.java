/**
 * Notification: e-mail to patients and staff over SMTP (Spring Mail), each message recorded with its outcome.
 *
 * <p>Owns the table {@code notification_message}: recipient, kind, subject, status ({@code PENDING}, then
 * {@code SENDING}, then {@code SENT}, {@code FAILED} or {@code NOT_CONFIGURED}), error and times. The body is kept
 * only for a message built {@link org.regenpath.notification.OutgoingMail.Builder#storable() storable}: bodies with
 * one-time links are never stored. Callers hand {@link org.regenpath.notification.Notifications#send} an
 * {@link org.regenpath.notification.OutgoingMail}; inside a transaction it is recorded with a
 * {@link org.regenpath.notification.MailQueued} event (published and handled in this module), which is sent after
 * that transaction commits, asynchronously, and retried by the event publication registry until the SMTP server
 * accepts it; a redelivery never sends a message twice (docs/decisions/0033). A rolled-back invitation sends
 * nothing. Without an SMTP host ({@code spring.mail.host}) nothing fails: the message is recorded as
 * {@code NOT_CONFIGURED} and its link is logged on one line, so the demo can be followed. E-mail is not a secure
 * channel: messages carry a greeting, the clinic's name and a link, never clinical content or internal ids (see
 * docs/decisions/0013).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"shared"})
package org.regenpath.notification;
