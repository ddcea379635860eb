package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;

/**
 * The wristband code (decision 0031) over random clinics and patients: it reads back as its own patient at its own
 * clinic; every single-character substitution and every transposition of two adjacent characters is refused, never
 * read as a patient; and a code never reads at another clinic, whichever the two clinics.
 */
class WristbandsPropertyTests {

    private static final int EXAMPLES = 2000;

    /** Clinic and patient ids as the database hands them out: small ones often, large ones too. */
    private static Gen<Long> ids() {
        return longs().between(1, 30).mix(longs().between(1, Long.MAX_VALUE / 10), 30);
    }

    @Test
    void aCodeReadsBackAsItsPatientAtItsClinic() {
        qt().withExamples(EXAMPLES).forAll(ids(), ids()).checkAssert((clinic, patient) -> {
            String code = Wristbands.code(ClinicId.of(clinic), PatientId.of(patient));
            assertThat(code).startsWith("RP" + clinic + "P" + patient).hasSize(("RP" + clinic + "P" + patient).length()
                    + 1);
            assertThat(Wristbands.read(code, ClinicId.of(clinic))).isEqualTo(PatientId.of(patient));
        });
    }

    @Test
    void everySingleCharacterSubstitutionIsRefused() {
        qt().withExamples(EXAMPLES).forAll(ids(), ids(), integers().between(0, 1000),
                integers().between(1, Iso7064Mod37_2.ALPHABET.length() - 1)).checkAssert((clinic, patient, at, by) -> {
                    String code = Wristbands.code(ClinicId.of(clinic), PatientId.of(patient));
                    int i = at % code.length();
                    int was = Iso7064Mod37_2.ALPHABET.indexOf(code.charAt(i));
                    char other = Iso7064Mod37_2.ALPHABET.charAt((was + by) % Iso7064Mod37_2.ALPHABET.length());
                    String typo = code.substring(0, i) + other + code.substring(i + 1);
                    assertRefusedEverywhere(typo, clinic);
                });
    }

    @Test
    void everyAdjacentTranspositionIsRefused() {
        qt().withExamples(EXAMPLES).forAll(ids(), ids(), integers().between(0, 1000)).checkAssert((clinic, patient,
                at) -> {
            String code = Wristbands.code(ClinicId.of(clinic), PatientId.of(patient));
            int i = at % (code.length() - 1);
            if (code.charAt(i) == code.charAt(i + 1)) {
                return;
            }
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertRefusedEverywhere(swapped, clinic);
        });
    }

    @Test
    void aCodeNeverReadsAtAnotherClinic() {
        qt().withExamples(EXAMPLES).forAll(ids(), ids(), ids()).assuming((a, b, patient) -> !a.equals(b))
                .checkAssert((a, b, patient) -> assertThatThrownBy(() -> Wristbands.read(
                        Wristbands.code(ClinicId.of(a), PatientId.of(patient)), ClinicId.of(b)))
                        .isInstanceOf(InvalidInput.class)
                        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors().get(Wristbands.FIELD))
                                .contains("another clinic")));
    }

    @Test
    void aBareNumberIsAnOldWristbandNotAPatient() {
        qt().withExamples(EXAMPLES).forAll(ids(), ids()).checkAssert((clinic, patient) -> assertThatThrownBy(
                () -> Wristbands.read(Long.toString(patient), ClinicId.of(clinic)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors().get(Wristbands.FIELD))
                        .contains("only a number")));
    }

    /** Refused at the code's own clinic and, for that matter, at every clinic the typo might name. */
    private static void assertRefusedEverywhere(String typo, long clinic) {
        assertThatThrownBy(() -> Wristbands.read(typo, ClinicId.of(clinic))).as(typo)
                .isInstanceOf(InvalidInput.class);
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("RP([0-9]{1,18})P.*").matcher(typo);
        if (named.matches() && !named.group(1).startsWith("0")) {
            assertThatThrownBy(() -> Wristbands.read(typo, ClinicId.of(Long.parseLong(named.group(1))))).as(typo)
                    .isInstanceOf(InvalidInput.class);
        }
    }
}
