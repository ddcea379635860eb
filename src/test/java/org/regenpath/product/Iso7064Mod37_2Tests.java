package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.regenpath.shared.InvalidInput;

/**
 * ISO/IEC 7064 Mod 37-2 against the published worked example (shared/reference/clinical-standards.md section 5a),
 * and, as properties over random valid identifiers of both schemes, detection of every single-character
 * substitution and every adjacent transposition.
 */
class Iso7064Mod37_2Tests {

    @Test
    void theWorkedExampleGivesCheckCharacterHAndFlags77() {
        assertThat(Iso7064Mod37_2.checkValue("G123498654321")).isEqualTo(17);
        assertThat(Iso7064Mod37_2.checkCharacter("G123498654321")).isEqualTo('H');
        assertThat(Iso7064Mod37_2.flagValue("G123498654321")).isEqualTo(77);
        assertThat(Iso7064Mod37_2.isValid("G123498654321H")).isTrue();
        assertThat(Iso7064Mod37_2.isValid("G123498654321G")).isFalse();
    }

    @Test
    void everyCheckValueFrom0To36CanOccurAndStarIsCheckOnly() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int i = 0; i < 37 * 37; i++) {
            seen.add(Iso7064Mod37_2.checkCharacter(Integer.toString(i, 36).toUpperCase()));
        }
        assertThat(seen).hasSize(37).contains('*');
        assertThatThrownBy(() -> Iso7064Mod37_2.checkValue("AB*")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "H", "g123498654321H", "G12349865432-H", "G123498654321h"})
    void malformedInputIsNotValid(String text) {
        assertThat(Iso7064Mod37_2.isValid(text)).isFalse();
    }

    /** Random valid identifiers: Regenpath ids and ISBT 128 DINs with their check character. */
    private static Gen<String> validIdentifiers() {
        Gen<String> regenpath = longs().all().map(seed -> new RegenpathIdScheme(new SplittableRandom(seed)).next()
                .value());
        Gen<String> din = longs().between(0, 999_999_999_999L).zip(integers().between(0, 32), (n, fin) -> {
            String facility = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789".substring(fin, fin + 1);
            String data = facility + String.format("%012d", n);
            return data + Iso7064Mod37_2.checkCharacter(data);
        });
        return regenpath.mix(din);
    }

    @Test
    void detectsEverySingleCharacterSubstitution() {
        qt().withExamples(300).forAll(validIdentifiers()).checkAssert(id -> {
            assertThat(Iso7064Mod37_2.isValid(id)).isTrue();
            for (int position = 0; position < id.length(); position++) {
                for (char c : Iso7064Mod37_2.ALPHABET.toCharArray()) {
                    if (c != id.charAt(position)) {
                        String changed = id.substring(0, position) + c + id.substring(position + 1);
                        assertThat(Iso7064Mod37_2.isValid(changed)).as(changed).isFalse();
                    }
                }
            }
        });
    }

    @Test
    void detectsEveryAdjacentTransposition() {
        qt().withExamples(300).forAll(validIdentifiers()).checkAssert(id -> {
            for (int i = 0; i + 1 < id.length(); i++) {
                if (id.charAt(i) != id.charAt(i + 1)) {
                    String swapped = id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
                    assertThat(Iso7064Mod37_2.isValid(swapped)).as(swapped).isFalse();
                }
            }
        });
    }

    @Test
    void theSchemesRefuseEverySubstitutionAndTranspositionOfTheirOwnIds() {
        RegenpathIdScheme scheme = new RegenpathIdScheme();
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            String id = new RegenpathIdScheme(new SplittableRandom(seed)).next().value();
            assertThat(scheme.parse(id).value()).isEqualTo(id);
            for (int i = 0; i < id.length(); i++) {
                for (char c : Iso7064Mod37_2.ALPHABET.toCharArray()) {
                    String changed = id.substring(0, i) + c + id.substring(i + 1);
                    if (!changed.equals(id)) {
                        assertThatThrownBy(() -> scheme.parse(changed)).isInstanceOf(InvalidInput.class);
                    }
                }
                if (i + 1 < id.length() && id.charAt(i) != id.charAt(i + 1)) {
                    String swapped = id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
                    assertThatThrownBy(() -> scheme.parse(swapped)).isInstanceOf(InvalidInput.class);
                }
            }
        });
    }
}
