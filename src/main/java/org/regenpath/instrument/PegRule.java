package org.regenpath.instrument;

import java.util.List;
import java.util.Set;

/**
 * PEG: the mean of its three 0-10 items (average pain, interference with enjoyment of life, interference with
 * general activity), per Krebs EE et al., J Gen Intern Med 2009;24(6):733-738.
 *
 * <p>Missing items: Krebs 2009 publishes no rule, and a mean of two of the three items would mix pain intensity
 * and interference in unknown proportions, so Regenpath scores PEG only when all three items are answered.
 */
final class PegRule implements ScoringRule {

    @Override
    public String id() {
        return "peg-mean";
    }

    @Override
    public void check(Instrument instrument) {
        ScoringRule.requireItems(instrument, 3, 0, 10);
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        List<InstrumentItem> items = instrument.scoredQuestions();
        List<Integer> given = answers.answeredAmong(items);
        ScaleScore total;
        if (given.size() < items.size()) {
            total = ScaleScore.notScored(Score.TOTAL, "PEG score", given.size(), items.size(),
                    "PEG is scored only with all 3 items answered (Krebs 2009 gives no missing-item rule).");
        } else {
            int sum = Answers.sum(given);
            total = ScaleScore.scored(Score.TOTAL, "PEG score", sum / 3.0, sum, 3, 3, null, Provenance.FORMULA,
                    null);
        }
        return new Score(instrument.id(), id(), List.of(total), Set.of());
    }
}
