package org.regenpath.shared;

/**
 * SQL {@code LIKE} patterns built from text a user typed, so that {@code %}, {@code _} and {@code \} in it match only
 * themselves. Use with {@link #ESCAPE} after the pattern parameter ({@code lower(name) like :w escape '\'}), which
 * means the same on PostgreSQL and H2: the escape character is named explicitly rather than left to a vendor's
 * default.
 */
public final class LikePattern {

    /** The clause to put after every {@code like :param} whose pattern comes from this class. */
    public static final String ESCAPE = " escape '\\'";

    private LikePattern() {}

    /** A pattern matching values that contain {@code text}. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** A pattern matching values that start with {@code text}. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    /** {@code text} with the escape character, {@code %} and {@code _} escaped: it matches only itself. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
