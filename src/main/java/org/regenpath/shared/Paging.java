package org.regenpath.shared;

/**
 * Which page of a list a reader asked for: {@code page} counts from 0, {@code size} rows per page. Lists are paged
 * so that no page silently stops at a limit: the reader always learns the total and can move on.
 */
public record Paging(int page, int size) {

    /** The most rows one page may hold. */
    public static final int MAX_SIZE = 200;

    /**
     * The requested page, or the first page of {@code defaultSize} rows when nothing was asked for.
     *
     * @throws InvalidInput naming {@code page} or {@code size} when a value is out of range
     */
    public static Paging of(Integer page, Integer size, int defaultSize) {
        if (page != null && page < 0) {
            throw InvalidInput.of("page", "Pages count from 0");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw InvalidInput.of("size", "Between 1 and " + MAX_SIZE + " rows per page");
        }
        return new Paging(page == null ? 0 : page, size == null ? defaultSize : size);
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) page * size;
    }
}
