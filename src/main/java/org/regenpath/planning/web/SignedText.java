package org.regenpath.planning.web;

import java.util.ArrayList;
import java.util.List;
import org.regenpath.planning.RenderedConsent;

/**
 * The consent text a patient signed, as stored, split back into its sections for display: once a version is
 * approved, its consent page and printout show exactly the text that was signed, not today's rendering.
 *
 * @param heading the section heading
 * @param paragraphs its paragraphs
 * @param source its source line, or {@code null}
 */
record SignedText(String heading, List<String> paragraphs, String source) {

    /** The sections of a text in the layout of {@link RenderedConsent#text()}; the title block is left out. */
    static List<SignedText> sections(String text) {
        List<SignedText> sections = new ArrayList<>();
        String[] blocks = text.split("\n\n");
        for (int i = 1; i < blocks.length; i++) {
            String[] lines = blocks[i].strip().split("\n");
            List<String> paragraphs = new ArrayList<>();
            String source = null;
            for (int j = 1; j < lines.length; j++) {
                if (lines[j].startsWith(RenderedConsent.SOURCE)) {
                    source = lines[j];
                } else {
                    paragraphs.add(lines[j]);
                }
            }
            sections.add(new SignedText(lines[0], paragraphs, source));
        }
        return sections;
    }
}
