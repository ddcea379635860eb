package org.regenpath.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event publication registry's unfinished deliveries are retried and how long finished ones are kept.
 *
 * @param interval how often the retry job looks for deliveries that are due, and the first wait after a failure
 * @param maxBackoff the longest wait between two attempts: the wait doubles with each attempt up to this
 * @param retention how long a completed delivery stays in the registry before it is deleted
 */
@ConfigurationProperties("regenpath.system.events")
public record EventProperties(
        @DefaultValue("1m") Duration interval,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("30d") Duration retention) {

    public EventProperties {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("regenpath.system.events.interval must be a positive duration");
        }
        if (maxBackoff == null || maxBackoff.compareTo(interval) < 0) {
            throw new IllegalArgumentException("regenpath.system.events.max-backoff must be at least the interval");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("regenpath.system.events.retention must be a positive duration");
        }
    }
}
