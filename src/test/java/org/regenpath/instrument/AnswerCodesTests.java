package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/**
 * Every question of every instrument in the catalog takes exactly its own answer codes: each listed code is
 * accepted, and a code just outside the scale on either side is refused with the question (linkId) named.
 */
class AnswerCodesTests {

    @Test
    void everyQuestionOfEveryInstrumentAcceptsItsCodesAndRefusesCodesOutsideItsScale() {
        assertThat(Fixtures.CATALOG.instruments()).hasSizeGreaterThanOrEqualTo(InstrumentCatalog.SHIPPED.size());
        for (Instrument instrument : Fixtures.CATALOG.instruments()) {
            for (InstrumentItem q : instrument.questions()) {
                String where = instrument.id() + " " + q.linkId();
                q.answerOptions().forEach(o -> assertThat(Answers.check(instrument, Map.of(q.linkId(), o.ordinal()))
                        .of(q.linkId())).as(where).contains(o.ordinal()));
                for (int outside : new int[] {q.minOrdinal() - 1, q.maxOrdinal() + 1, Integer.MAX_VALUE}) {
                    assertThatThrownBy(() -> Answers.check(instrument, Map.of(q.linkId(), outside)))
                            .as(where + " = " + outside)
                            .isInstanceOfSatisfying(InvalidInput.class,
                                    e -> assertThat(e.fieldErrors()).containsOnlyKeys(q.linkId()));
                }
            }
        }
    }
}
