package org.regenpath.planning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The consent document as rendered for one plan version: what the patient reads, as sections and as one text,
 * and the SHA-256 that links signatures to it (21 CFR 11.70). {@link #sha256()} covers the text and the plan
 * version's content, so editing the plan, or a new document version, gives a different hash and a signature
 * made earlier no longer matches.
 *
 * @param documentId the document's id
 * @param documentVersion the document's version
 * @param effectiveDate from when that version is used
 * @param title the title
 * @param sections the sections as shown
 * @param text the whole document as plain text, as stored with a consent: the title and document line, then each
 *     section as a blank line, its heading, its paragraphs one per line and its source line
 * @param planSha256 SHA-256 (hex) of the plan version's content alone
 * @param sha256 SHA-256 (hex) of the text and the plan version's content: what a signature signs
 */
public record RenderedConsent(String documentId, String documentVersion, LocalDate effectiveDate, String title,
        List<Section> sections, String text, String planSha256, String sha256) {

    /** How a section's source line starts in {@link #text()}. */
    public static final String SOURCE = "Source: ";

    private static final String CONTENT_SEPARATOR = "\n\n--- plan version content ---\n";

    public RenderedConsent {
        sections = List.copyOf(sections);
    }

    /** A rendered section: its heading, its paragraphs for this plan, and its source. */
    public record Section(String id, String heading, List<String> paragraphs, Citation citation) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    static RenderedConsent of(String id, String version, LocalDate effective, String title, List<Section> sections,
            String planContent) {
        StringBuilder text = new StringBuilder(title).append('\n')
                .append("Document ").append(id).append(", version ").append(version)
                .append(", effective ").append(effective).append("\n");
        for (Section s : sections) {
            text.append('\n').append(s.heading()).append('\n');
            s.paragraphs().forEach(p -> text.append(p).append('\n'));
            text.append(SOURCE).append(s.citation().describe()).append('\n');
        }
        String body = text.toString();
        return new RenderedConsent(id, version, effective, title, sections, body, sha256Hex(planContent),
                sha256Hex(body + CONTENT_SEPARATOR + planContent));
    }

    /** The hash a consent stored with {@code text} must carry if it was signed on {@code planContent}. */
    static String linkHash(String text, String planContent) {
        return sha256Hex(text + CONTENT_SEPARATOR + planContent);
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
