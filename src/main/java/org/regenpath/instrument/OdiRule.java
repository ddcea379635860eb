package org.regenpath.instrument;

import java.util.List;
import java.util.Set;

/**
 * Oswestry Disability Index v2.1a: ten sections scored 0-5; the index is
 * {@code sum / (5 x sections answered) x 100} per cent (Fairbank JCT, Pynsent PB, Spine 2000;25(22):2940-2952).
 * The published worked example: 16 points over all ten sections is 32%; with one section missed, 16/45 = 35.5%.
 *
 * <p>Missing sections: Fairbank and Pynsent give a general formula (divide by 5 x the sections answered) and work it
 * for one section missed; they set no limit. Scoring at most one missing section, and none with more, is Regenpath's
 * choice (as for the NDI), so that an index is never computed from a form that is mostly empty. Bands (Fairbank 2000, upper bounds inclusive on the percentage):
 * 0-20 minimal disability, over 20 to 40 moderate, over 40 to 60 severe, over 60 to 80 crippled, over 80
 * bed-bound (or exaggerating their symptoms).
 */
final class OdiRule implements ScoringRule {

    static final int MAX_MISSING = 1;

    @Override
    public String id() {
        return "odi-percent";
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
            total = ScaleScore.notScored(Score.TOTAL, "ODI", given.size(), items.size(),
                    missing + " sections are missing; Regenpath scores the ODI with at most one missing section.");
        } else {
            int sum = Answers.sum(given);
            double percent = sum * 100.0 / (5.0 * given.size());
            total = ScaleScore.scored(Score.TOTAL, "ODI", percent, sum, given.size(), items.size(), band(percent),
                    Provenance.FORMULA, missing == 0 ? null : "One section missing: divided by 45, not 50.");
        }
        return new Score(instrument.id(), id(), List.of(total), Set.of());
    }

    /** Fairbank 2000 disability band of an index in per cent. */
    static String band(double percent) {
        if (percent <= 20) {
            return "minimal disability";
        }
        if (percent <= 40) {
            return "moderate disability";
        }
        if (percent <= 60) {
            return "severe disability";
        }
        return percent <= 80 ? "crippled" : "bed-bound";
    }
}
