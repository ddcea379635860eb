package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the follow-up module reads from responders across the module boundary: the PGIC cut-off and score wording. */
class RespondersApiTests {

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "3, false", "4, false", "7, false"})
    void pgicRespondersAreMuchOrVeryMuchImprovedOnly(int ordinal, boolean responder) {
        assertThat(Responders.pgicResponder(ordinal)).isEqualTo(responder);
    }

    @Test
    void pgicCutOffAgreesWithTheResponderFlagOfTheScoringRule() {
        for (int ordinal = 1; ordinal <= 7; ordinal++) {
            Score score = Fixtures.CATALOG.score("pgic", Fixtures.all("pgic", ordinal));
            assertThat(score.flags().contains(ScoreFlag.PGIC_RESPONDER))
                    .as("PGIC answer %d", ordinal).isEqualTo(Responders.pgicResponder(ordinal));
        }
    }

    @ParameterizedTest
    @CsvSource({"6.6666666666666667, 6.7", "5.0, 5", "5.04, 5", "0.05, 0.1", "10, 10", "100.00, 100", "-2.25, -2.3"})
    void scoresShowAtMostOneDecimalWithoutTrailingZeros(String value, String shown) {
        assertThat(Responders.number(new BigDecimal(value))).isEqualTo(shown);
    }
}
