package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clinical data files' texts (their "about", sources and notes) reach people: the pages and PDFs quote them and a
 * clinic's adviser reads them. They cite public sources, never the team's working notes, decision records, class
 * names or the tracker.
 */
class ClinicalDataTextTests {

    private static final List<String> WORKING_NOTES = List.of("shared/", "docs/decisions", "landscape.md",
            "clinical-standards.md", "domain.md", "the issue", "issue #", "todo");

    @Test
    void clinicalDataFilesCiteSourcesNotWorkingNotes() throws IOException {
        TreeMap<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/clinical"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                WORKING_NOTES.stream().filter(text::contains).forEach(note -> found.put(file.toString(), note));
            }
        }
        assertThat(found).as("clinical data files that point at working notes").isEmpty();
    }
}
