package org.regenpath.system;

import java.time.Duration;
import java.time.Instant;

/**
 * When an unfinished event delivery is tried again: one interval after it was published, then after waits that
 * double with every attempt (interval, 2 x interval, 4 x interval, ...) up to a maximum. Exponential backoff keeps a
 * listener that fails for hours (a mail server down) from being hammered, while a brief failure is retried soon.
 */
final class Backoff {

    private Backoff() {}

    /** The wait after {@code attempts} tries, the first delivery included (as the registry counts them). */
    static Duration wait(int attempts, Duration interval, Duration max) {
        Duration wait = interval;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * Whether a delivery last tried at {@code lastTried} after {@code attempts} tries is due at
     * {@code now}. The first wait also keeps a delivery that is still running from being started a second time.
     */
    static boolean due(Instant lastTried, int attempts, Instant now, Duration interval, Duration max) {
        return !now.isBefore(lastTried.plus(wait(attempts, interval, max)));
    }
}
