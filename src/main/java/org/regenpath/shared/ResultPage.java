package org.regenpath.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so that a reader sees "1–50 of 312" and can page on. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    /** The position of the first row on this page, counting from 1 (0 when the page is empty). */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The position of the last row on this page, counting from 1. */
    public long last() {
        return items.isEmpty() ? 0 : (long) page * size + items.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** "1–50 of 312", or "0 of 0". */
    public String range() {
        return items.isEmpty() ? "0 of " + total : first() + "–" + last() + " of " + total;
    }

    /** The same page with each item mapped. */
    public <R> ResultPage<R> map(Function<T, R> f) {
        return new ResultPage<>(items.stream().map(f).toList(), page, size, total);
    }
}
