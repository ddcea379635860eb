package org.regenpath.instrument;

import java.util.List;
import java.util.Set;

/**
 * Neck Disability Index: ten items scored 0-5, raw 0-50, reported as a percentage (raw x 2) (Vernon H, Mior S,
 * J Manipulative Physiol Ther 1991;14:409-415; Vernon's scoring note, chiro.org/forms/NDI_Explain.shtml).
 *
 * <p>Missing items, per Vernon: "The average of all other items is then added to the completed items", so the
 * raw score is {@code sum + mean(answered) x missing}. Vernon describes a respondent skipping "one question or
 * another" and gives no limit; Regenpath allows one missing item, as the NDI form's own scoring note does
 * (16/45 x 100 = 35.5% with one section missed; mean imputation gives the same result) and as its parent, the
 * ODI, does. Bands on the raw score (Vernon & Mior 1991, applied to the raw score rounded to a whole point):
 * 0-4 no disability, 5-14 mild, 15-24 moderate, 25-34 severe, above 34 complete.
 */
final class NdiRule implements ScoringRule {

    static final int MAX_MISSING = 1;

    @Override
    public String id() {
        return "ndi-percent";
    }

    @Override
    public void check(Instrument instrument) {
        ScoringRule.requireItems(instrument, 10, 0, 5);
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        List<InstrumentItem> items = instrument.scoredQuestions();
        List<Integer> given = answers.answeredAmong(items);
        int missing = items.size() - given.size();
        ScaleScore total;
        if (missing > MAX_MISSING) {
            total = ScaleScore.notScored(Score.TOTAL, "NDI", given.size(), items.size(),
                    missing + " items are missing; Regenpath imputes at most one (Vernon's mean imputation).");
        } else {
            int sum = Answers.sum(given);
            double raw = sum + missing * (sum / (double) given.size());
            total = ScaleScore.scored(Score.TOTAL, "NDI", raw * 2.0, sum, given.size(), items.size(), band(raw),
                    Provenance.FORMULA, missing == 0 ? null
                            : "One item missing: the mean of the other nine was added to the raw score (Vernon).");
        }
        return new Score(instrument.id(), id(), List.of(total), Set.of());
    }

    /** Vernon & Mior 1991 band of a raw score (0-50). */
    static String band(double raw) {
        long points = Math.round(raw);
        if (points <= 4) {
            return "no disability";
        }
        if (points <= 14) {
            return "mild";
        }
        if (points <= 24) {
            return "moderate";
        }
        return points <= 34 ? "severe" : "complete";
    }
}
