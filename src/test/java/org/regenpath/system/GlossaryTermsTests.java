package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jargon help: every term a template explains is in the glossary file, every entry says where its meaning comes
 * from, and the words the pages use (HCT/P, 361/351, MCID, "n =", 95 % interval, responder, PEG, chain of identity,
 * QC) each have an entry.
 */
class GlossaryTermsTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern USE = Pattern.compile("help/term :: term\\('([^']+)'\\)");

    final Glossary glossary = new Glossary();

    List<String> used() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void everyTermATemplateExplainsIsInTheGlossary() throws IOException {
        List<String> used = used();
        assertThat(used).hasSizeGreaterThanOrEqualTo(10);
        assertThat(used).allSatisfy(u -> assertThat(glossary.find(u.substring(u.indexOf(": ") + 2)))
                .as(u).isPresent());
    }

    @Test
    void everyEntryNamesAPublicSourceWithAYearOrAddress() {
        assertThat(glossary.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.plain()).as(e.id()).hasSizeGreaterThan(40);
            assertThat(e.source()).as(e.id()).containsPattern("(19|20)[0-9]{2}|https://");
            assertThat(e.source()).as(e.id()).doesNotContain("shared/").doesNotContainIgnoringCase("todo");
        });
    }

    @Test
    void theJargonOfThePagesHasEntries() {
        assertThat(glossary.entries()).extracting(Glossary.Entry::id).contains("hctp", "361", "351", "mcid", "n",
                "ci95", "responder", "peg", "chain-of-identity", "qc");
    }

    @Test
    void theRegulatoryConsentAndOutcomePagesExplainTheirWords() throws IOException {
        assertThat(used()).contains("fragments.html: hctp", "fragments.html: 361", "consent.html: hctp",
                "patient.html: mcid", "patient.html: responder", "dashboard.html: ci95", "portal-progress.html: n");
    }
}
