package org.regenpath.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

class FeiNumberTests {

    @Test
    void sevenAndTenDigitNumbersAreKeptAsDigits() {
        assertThat(FeiNumber.parse("fei", "1234567")).isEqualTo("1234567");
        assertThat(FeiNumber.parse("fei", " 3001-234 567 ")).isEqualTo("3001234567");
    }

    @Test
    void otherLengthsAndLettersAreRefusedNamingTheField() {
        for (String bad : new String[] {"123456", "12345678", "123456789", "12345678901", "30012345AB", "", null}) {
            assertThatThrownBy(() -> FeiNumber.parse("claims[0]", bad)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("claims[0]"));
        }
    }
}
