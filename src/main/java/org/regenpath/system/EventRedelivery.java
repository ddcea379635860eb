package org.regenpath.system;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Makes the event publication registry an outbox that delivers: every cross-module event is recorded per listener
 * in {@code event_publication} in the publishing transaction (Spring Modulith), and what has not completed is
 * handed to its listener again: once the application has started, and by this job, with exponential {@link Backoff}. Completed deliveries are deleted after the retention period.
 * Listeners must therefore be idempotent: a delivery may run more than once (see docs/decisions/0033).
 */
@Service
public class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventProperties properties;
    private final Clock clock;

    EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            EventProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * On start, hands every unfinished delivery to its listener again: a crash interrupted them. Not Modulith's
     * {@code republish-outstanding-events-on-restart}: that runs while the context starts, and one row that cannot
     * be read any more (an event whose record changed shape) would stop the application from starting.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resubmitAfterStart() {
        try {
            incomplete.resubmitIncompletePublications(p -> true);
        } catch (RuntimeException e) {
            log.error("Unfinished event deliveries could not be resubmitted on start: {}", e.toString());
        }
    }

    /** Hands every unfinished delivery whose backoff has passed to its listener again. */
    @Scheduled(fixedDelayString = "${regenpath.system.events.interval:1m}",
            initialDelayString = "${regenpath.system.events.interval:1m}")
    public void resubmitDue() {
        Instant now = clock.instant();
        try {
            incomplete.resubmitIncompletePublications(p -> due(p, now));
        } catch (RuntimeException e) {
            log.error("Unfinished event deliveries could not be resubmitted: {}", e.toString());
        }
        completed.deletePublicationsOlderThan(properties.retention());
    }

    /** Hands one unfinished delivery to its listener now, whatever its backoff; false if it is not unfinished. */
    public boolean resubmitNow(UUID id) {
        boolean[] found = {false};
        incomplete.resubmitIncompletePublications(p -> {
            boolean match = p.getIdentifier().equals(id);
            found[0] |= match;
            return match;
        });
        if (found[0]) {
            log.info("Event delivery {} resubmitted by hand", id);
        }
        return found[0];
    }

    private boolean due(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return Backoff.due(last, publication.getCompletionAttempts(), now, properties.interval(),
                properties.maxBackoff());
    }
}
