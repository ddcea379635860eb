package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regenpath.shared.InvalidInput;

/** Regenpath ids and ISBT 128 DINs: format, tolerant reading of typed input, and plain refusals. */
class IdentifierSchemeTests {

    private final RegenpathIdScheme regenpath = new RegenpathIdScheme(new SplittableRandom(42));
    private final IsbtDinScheme isbt = new IsbtDinScheme();

    @Test
    void regenpathIdsAreRpTenRandomCharactersAndACheckCharacter() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ProductIdentifier id = regenpath.next();
            assertThat(id.scheme()).isEqualTo(RegenpathIdScheme.NAME);
            assertThat(id.value()).hasSize(13).startsWith("RP").matches("RP[0-9A-HJ-NP-Z]{10}[0-9A-Z*]");
            assertThat(Iso7064Mod37_2.isValid(id.value())).isTrue();
            seen.add(id.value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void readsTypedRegenpathIdsInLowerCaseWithSpacesAndHyphens() {
        String id = regenpath.next().value();
        String typed = " " + id.substring(0, 2).toLowerCase() + "-" + id.substring(2, 7) + " " + id.substring(7)
                .toLowerCase() + "\n";
        assertThat(regenpath.parse(typed).value()).isEqualTo(id);
    }

    @Test
    void aMistypedRegenpathIdIsRefusedWithARescanMessage() {
        String id = regenpath.next().value();
        char last = id.charAt(12);
        String wrongCheck = id.substring(0, 12) + (last == '0' ? '1' : '0');
        assertThatThrownBy(() -> regenpath.parse(wrongCheck))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("label"))
                        .isEqualTo("This is not a valid product label (the check character does not match). Rescan"
                                + " the label, or type the id printed under the barcode."));
        assertThatThrownBy(() -> regenpath.parse("RP123")).hasMessageContaining("has 13 characters, this has 5");
        assertThatThrownBy(() -> regenpath.parse("XX" + id.substring(2))).hasMessageContaining("starts with RP");
        assertThatThrownBy(() -> regenpath.parse("RPO" + id.substring(3))).hasMessageContaining("character 3");
        assertThatThrownBy(() -> regenpath.parse(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void readsAnIsbtBarcodeWithCheckedFlags() {
        ProductIdentifier id = isbt.parse("=G12349865432177");
        assertThat(id.scheme()).isEqualTo(IsbtDinScheme.NAME);
        assertThat(id.value()).isEqualTo("G123498654321H");
    }

    @Test
    void readsAnIsbtBarcodeWithUncheckedFlags() {
        assertThat(isbt.parse("=G12349865432100").value()).isEqualTo("G123498654321H");
        assertThat(isbt.parse("=G12349865432101").value()).isEqualTo("G123498654321H");
    }

    @Test
    void readsTheEyeReadableDinWithItsKeyboardCheckCharacter() {
        assertThat(isbt.parse("G1234 98 654321 H").value()).isEqualTo("G123498654321H");
        assertThat(isbt.parse("g123498654321h").value()).isEqualTo("G123498654321H");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "=G12349865432176", // check flags one off
        "=G12349865432197", // flag value not defined
        "G123498654321G", // wrong keyboard check character
        "G123498654312H", // transposed digits
        "=O12349865432177", // O is not a facility character
        "=G1234986543217", // too short
        "RP7KQ2M9XH4TCA", // not a DIN
    })
    void refusesInvalidIsbtLabels(String label) {
        assertThatThrownBy(() -> isbt.parse(label))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("label"))
                        .startsWith("This is not a valid product label (")
                        .endsWith("Rescan the label, or type the id printed under the barcode."));
    }
}
