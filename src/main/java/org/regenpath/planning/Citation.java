package org.regenpath.planning;

import java.util.Objects;

/**
 * Where a rule or a statement comes from: a public document and the passage in it.
 *
 * @param document the document, e.g. {@code 21 CFR 1271.10} or the title of an FDA guidance
 * @param passage the section, paragraph or example, e.g. {@code 1271.10(a)(1)} or {@code Example 14-1}
 * @param url where the document can be read, or {@code null} when no stable public address is recorded
 * @param verified true when the passage was read in the primary source when the rule data was written; false
 *     when it comes from a secondary source or from the project's reading of a definition, and a regulatory
 *     adviser must confirm it before the clinic relies on it
 */
public record Citation(String document, String passage, String url, boolean verified) {

    /** What a reader is told when a passage was not checked against its source. */
    public static final String NOT_CHECKED = "The clinic has not yet checked this against the original document.";

    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(passage, "passage");
    }

    /**
     * For people, patients included: {@code 21 CFR 1271.10, 1271.10(a)(1) (https://...)}, and when the passage was
     * not checked against the document, a plain sentence saying so.
     */
    public String describe() {
        return document + ", " + passage + (url == null ? "" : " (" + url + ")")
                + (verified ? "" : ". " + NOT_CHECKED);
    }

    @Override
    public String toString() {
        return describe();
    }
}
