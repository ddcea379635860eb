package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NOT_ELIGIBLE outranks NEEDS_REVIEW outranks ELIGIBLE; nothing found is ELIGIBLE. */
class OutcomeTests {

    @Test
    void worstOutcomeWins() {
        assertThat(Outcome.worst(List.of())).isEqualTo(Outcome.ELIGIBLE);
        assertThat(Outcome.worst(List.of(Outcome.ELIGIBLE, Outcome.ELIGIBLE))).isEqualTo(Outcome.ELIGIBLE);
        assertThat(Outcome.worst(List.of(Outcome.ELIGIBLE, Outcome.NEEDS_REVIEW))).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(Outcome.worst(List.of(Outcome.NOT_ELIGIBLE, Outcome.NEEDS_REVIEW, Outcome.ELIGIBLE)))
                .isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(Outcome.worst(List.of(Outcome.NEEDS_REVIEW, Outcome.NOT_ELIGIBLE))).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void labelsReadAsThePageShowsThem() {
        assertThat(Outcome.NEEDS_REVIEW.label()).isEqualTo("NEEDS REVIEW");
        assertThat(Outcome.NOT_ELIGIBLE.label()).isEqualTo("NOT ELIGIBLE");
    }
}
