package org.regenpath.instrument;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PHQ-9: the sum of its nine items (0-3 each, total 0-27), with Kroenke's severity bands: 5, 10, 15 and 20 mark
 * mild, moderate, moderately severe and severe depression (Kroenke K, Spitzer RL, Williams JBW, J Gen Intern Med
 * 2001;16:606-613). The tenth question (difficulty) is asked but not scored.
 *
 * <p>Missing items: no missing-item rule from the PHQ instruction manual could be confirmed from the sources
 * read, so Regenpath reports no total when any of the nine items is missing (conservative; to be revisited if the
 * manual's rule is confirmed). Item 9 answered above 0 raises {@link ScoreFlag#PHQ9_ITEM9_POSITIVE} whether or not
 * the total can be scored.
 */
final class Phq9Rule implements ScoringRule {

    static final String ITEM_9 = "phq9-9";

    @Override
    public String id() {
        return "phq9-sum";
    }

    @Override
    public void check(Instrument instrument) {
        ScoringRule.requireItems(instrument, 9, 0, 3);
        ScoringRule.require(instrument.question(ITEM_9).map(InstrumentItem::scored).orElse(false), instrument,
                "scored question " + ITEM_9 + " (thoughts of self-harm) is missing");
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        List<InstrumentItem> items = instrument.scoredQuestions();
        List<Integer> given = answers.answeredAmong(items);
        ScaleScore total;
        if (given.size() < items.size()) {
            total = ScaleScore.notScored(Score.TOTAL, "PHQ-9 total", given.size(), items.size(),
                    "All 9 items are needed; Regenpath does not prorate PHQ-9 (no confirmed published rule).");
        } else {
            int sum = Answers.sum(given);
            total = ScaleScore.scored(Score.TOTAL, "PHQ-9 total", sum, sum, 9, 9, band(sum), Provenance.FORMULA,
                    null);
        }
        Set<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
        if (answers.of(ITEM_9).orElse(0) > 0) {
            flags.add(ScoreFlag.PHQ9_ITEM9_POSITIVE);
        }
        return new Score(instrument.id(), id(), List.of(total), flags);
    }

    /** Kroenke 2001 severity band of a total. */
    static String band(int total) {
        if (total >= 20) {
            return "severe";
        }
        if (total >= 15) {
            return "moderately severe";
        }
        if (total >= 10) {
            return "moderate";
        }
        return total >= 5 ? "mild" : "none-minimal";
    }
}
