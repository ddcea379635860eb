package org.regenpath.system;

import java.time.Instant;
import java.util.UUID;

/**
 * An event delivery that has failed and not yet succeeded, as the clinic admin sees it.
 *
 * @param id the registry's id of the delivery, for the retry button
 * @param event what happened, in words, e.g. "Procedure completed"
 * @param receiver the part of Regenpath that failed to act on it, e.g. "Follow-up"
 * @param firstAttempt when the event was published
 * @param lastAttempt when it was last tried
 * @param attempts how many times it was tried
 * @param error the last error of the step that failed, or null when none was recorded
 */
public record FailingDelivery(UUID id, String event, String receiver, Instant firstAttempt, Instant lastAttempt,
        int attempts, String error) {}
