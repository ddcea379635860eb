package org.regenpath.instrument;

import java.util.List;
import java.util.Set;

/**
 * NRS-11 pain intensity: the answer itself, 0 (no pain) to 10 (worst imaginable), as LOINC 72514-3's answer list.
 * A single item has no missing-item rule: unanswered means no score.
 */
final class NrsRule implements ScoringRule {

    @Override
    public String id() {
        return "nrs-raw";
    }

    @Override
    public void check(Instrument instrument) {
        ScoringRule.requireItems(instrument, 1, 0, 10);
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        InstrumentItem item = instrument.scoredQuestions().get(0);
        ScaleScore total = answers.of(item.linkId())
                .map(v -> ScaleScore.scored(Score.TOTAL, "Pain intensity", v, v, 1, 1, null, Provenance.FORMULA,
                        null))
                .orElseGet(() -> ScaleScore.notScored(Score.TOTAL, "Pain intensity", 0, 1,
                        "The pain rating was not answered."));
        return new Score(instrument.id(), id(), List.of(total), Set.of());
    }
}
