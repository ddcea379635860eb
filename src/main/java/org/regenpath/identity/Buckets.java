package org.regenpath.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j token bucket per key (a remote address, an e-mail address), in memory: {@code capacity} tokens,
 * refilled over {@code period}. At most 10,000 keys are kept; past that every bucket starts afresh, so a flood of
 * keys cannot exhaust memory (it briefly forgives the tracked keys, which the limits tolerate).
 */
final class Buckets {

    private static final int MAX_TRACKED_KEYS = 10_000;

    private final int capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    Buckets(int capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    Bucket of(String key) {
        if (buckets.size() > MAX_TRACKED_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build());
    }
}
