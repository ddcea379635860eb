package org.regenpath.notification;

/**
 * A message was recorded in {@code notification_message} and is to be sent once the recording transaction commits.
 * Carries only the message's id: the registry stores events, and a body may hold a one-time link.
 *
 * @param messageId the {@code notification_message} row
 */
public record MailQueued(long messageId) {}
