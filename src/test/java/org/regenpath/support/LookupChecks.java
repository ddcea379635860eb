package org.regenpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;

/** What every module's Lookup must do with its batch and "changed since" reads (decision 0038). */
public final class LookupChecks {

    private LookupChecks() {}

    /** A clinic id no demo or other test uses, so a test sees only the rows it wrote. */
    public static ClinicId freshClinic() {
        return new ClinicId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }

    /** A time every row of one test shares, to the microsecond both databases keep. */
    public static Instant tie() {
        return Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Reads every change from {@code from} in reads of {@code limit} rows and returns the ids in the order read,
     * checking that each read but the last said there was more.
     */
    public static <T> List<Long> readAll(BiFunction<ChangeCursor, Integer, Changes<T>> read, ChangeCursor from,
            int limit, Function<T, Long> id) {
        List<Long> seen = new ArrayList<>();
        ChangeCursor cursor = from;
        for (int reads = 0; reads < 100; reads++) {
            Changes<T> changes = read.apply(cursor, limit);
            assertThat(changes.items()).hasSizeLessThanOrEqualTo(limit);
            changes.items().forEach(t -> seen.add(id.apply(t)));
            if (!changes.more()) {
                return seen;
            }
            assertThat(changes.next()).isNotEqualTo(cursor);
            cursor = changes.next();
        }
        throw new AssertionError("changed-since did not end after 100 reads: " + seen);
    }
}
