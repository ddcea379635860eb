package org.regenpath.shared;

import java.time.Instant;

/**
 * Where a "changed since" read stopped: the last-updated time and id of the last row it returned. Rows are read in
 * (last updated, id) order and the next read starts strictly after this pair, so rows that share a timestamp (several
 * written in one transaction) are each returned exactly once across reads, and a row changed after the cursor is
 * read again with its new time. This is the FHIR {@code _lastUpdated} search made stable under ties.
 */
public record ChangeCursor(Instant updatedAt, long id) {

    public ChangeCursor {
        if (updatedAt == null) {
            throw InvalidInput.of("since", "Give the time to read changes from");
        }
    }

    /** Before every row: a reader's first read. */
    public static ChangeCursor start() {
        return new ChangeCursor(Instant.EPOCH, 0);
    }

    /** Rows changed at or after {@code since}, whatever their id. */
    public static ChangeCursor since(Instant since) {
        return new ChangeCursor(since, -1);
    }

    /**
     * The SQL condition "after this cursor" on a time and an id column, with parameters {@code :cursorAt} and
     * {@code :cursorId} (bind them with {@link #at()} and {@link #id()}). One spelling for every module's read, so
     * the tie rule cannot drift between them.
     */
    public static String after(String timeColumn, String idColumn) {
        return "(" + timeColumn + " > :cursorAt or (" + timeColumn + " = :cursorAt and " + idColumn
                + " > :cursorId))";
    }

    /** The cursor's time as the JDBC drivers of both databases bind a {@code timestamp with time zone}. */
    public java.time.OffsetDateTime at() {
        return updatedAt.atOffset(java.time.ZoneOffset.UTC);
    }
}
