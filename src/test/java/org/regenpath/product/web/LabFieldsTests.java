package org.regenpath.product.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

class LabFieldsTests {

    private final LabFields numbers = new LabFields();

    @Test
    void cellCountsReadAsScientificNotationWithThreeSignificantDigits() {
        assertThat(numbers.cells(1_200_000_000L)).isEqualTo("1.2 × 10⁹");
        assertThat(numbers.cells(3_456_789L)).isEqualTo("3.46 × 10⁶");
        assertThat(numbers.cells(1_000_000L)).isEqualTo("1 × 10⁶");
        assertThat(numbers.cells(9_996_000_000L)).isEqualTo("1 × 10¹⁰");
        assertThat(numbers.cells(999_999L)).isEqualTo("999,999");
        assertThat(numbers.cells(null)).isEmpty();
    }

    @Test
    void volumesHaveNoExponentAndNoTrailingZeros() {
        assertThat(numbers.volume(new BigDecimal("6E+1"))).isEqualTo("60");
        assertThat(numbers.volume(new BigDecimal("7.50"))).isEqualTo("7.5");
        assertThat(numbers.percent(new BigDecimal("92.500"))).isEqualTo("92.5");
    }

    @Test
    void aCountIsAcceptedAsPeopleWriteItAndRefusedWithWhatIsAccepted() {
        assertThat(CustodyForm.whole("tnc", "1.5e9")).isEqualTo(1_500_000_000L);
        assertThat(CustodyForm.whole("tnc", "1,200,000,000")).isEqualTo(1_200_000_000L);
        assertThat(CustodyForm.whole("tnc", " 1200000000 ")).isEqualTo(1_200_000_000L);
        assertThat(CustodyForm.whole("tnc", "")).isNull();
        assertThatThrownBy(() -> CustodyForm.whole("tnc", "1.23456e3")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors().get("tnc")).contains("1.2e9"));
        assertThatThrownBy(() -> CustodyForm.whole("tnc", "-5")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CustodyForm.whole("tnc", "lots")).isInstanceOf(InvalidInput.class);
    }
}
