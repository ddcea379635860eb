package org.regenpath.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One read of the rows changed after a {@link ChangeCursor}, oldest change first, and the cursor to read on from.
 * {@code more} is true when the read stopped at its limit, so the reader should read again from {@code next}.
 */
public record Changes<T>(List<T> items, ChangeCursor next, boolean more) {

    /** The most rows one read may return. */
    public static final int MAX_LIMIT = Paging.MAX_SIZE;

    public Changes {
        items = List.copyOf(items);
    }

    /**
     * A read of at most {@code limit} rows that ends at the last row's position, or at {@code from} when nothing
     * changed.
     */
    public static <T> Changes<T> of(List<T> items, ChangeCursor from, int limit, Function<T, ChangeCursor> position) {
        ChangeCursor next = items.isEmpty() ? from : position.apply(items.get(items.size() - 1));
        return new Changes<>(items, next, items.size() >= limit);
    }

    /**
     * The limit a reader asked for, checked.
     *
     * @throws InvalidInput naming {@code limit} when it is below 1 or above {@link #MAX_LIMIT}
     */
    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "Between 1 and " + MAX_LIMIT + " rows per read");
        }
        return limit;
    }

    /** The same read with each item mapped. */
    public <R> Changes<R> map(Function<T, R> f) {
        return new Changes<>(items.stream().map(f).toList(), next, more);
    }
}
