package org.regenpath.shared.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The values {@code src/test/resources/stats/reference.py} printed (Python 3, standard library only: exact
 * binomial tail sums in 60-digit decimals, Kaplan–Meier in exact fractions, {@code statistics.quantiles}), one
 * line per figure, first word the kind. Nothing of the code under test took part in computing them.
 */
final class ReferenceValues {

    private ReferenceValues() {}

    /** The lines of this kind, each split into its words without the kind. */
    static List<String[]> lines(String kind) {
        try (InputStream in = ReferenceValues.class.getResourceAsStream("/stats/reference-values.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(l -> l.split(" ")).filter(w -> w[0].equals(kind))
                    .map(w -> Arrays.copyOfRange(w, 1, w.length)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printed number, or {@code null} for "null". */
    static Double number(String word) {
        return word.equals("null") ? null : Double.valueOf(word);
    }
}
