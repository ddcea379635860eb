package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date and time a page shows goes through the one date style ({@code @dates}): with the year, in the clinic's
 * zone. A template formatting a date itself ({@code #temporals.format}) is how "7 Nov – 5 Feb", ISO dates in lists
 * and "… UTC" crept back in, so none may.
 */
class TemplateDatesTests {

    @Test
    void noTemplateFormatsADateItself() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> read(p).contains("#temporals.format")).map(Path::toString).sorted().toList();
        }
        assertThat(offenders).as("templates formatting dates outside the one date style").isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
