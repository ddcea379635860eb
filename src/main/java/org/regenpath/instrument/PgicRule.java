package org.regenpath.instrument;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PGIC: a category on the 7-point scale from 1 "very much improved" to 7 "very much worse" (Guy 1976 ECDEU
 * wording). "Much improved" and "very much improved" make a responder (Farrar JT et al., Pain 2001;94:149-158;
 * IMMPACT, Dworkin et al., J Pain 2008;9:105-121), flagged as {@link ScoreFlag#PGIC_RESPONDER}.
 */
final class PgicRule implements ScoringRule {

    /** Ordinals of "very much improved" and "much improved". */
    static final int RESPONDER_MAX_ORDINAL = 2;

    @Override
    public String id() {
        return "pgic-category";
    }

    @Override
    public void check(Instrument instrument) {
        ScoringRule.requireItems(instrument, 1, 1, 7);
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        InstrumentItem item = instrument.scoredQuestions().get(0);
        Set<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
        ScaleScore total = answers.of(item.linkId()).map(ordinal -> {
            if (ordinal <= RESPONDER_MAX_ORDINAL) {
                flags.add(ScoreFlag.PGIC_RESPONDER);
            }
            String category = item.answerOptions().stream().filter(o -> o.ordinal() == ordinal).findFirst()
                    .orElseThrow().code();
            return ScaleScore.scored(Score.TOTAL, "Global impression of change", ordinal, null, 1, 1, category,
                    Provenance.CATEGORY, null);
        }).orElseGet(() -> ScaleScore.notScored(Score.TOTAL, "Global impression of change", 0, 1,
                "The impression of change was not answered."));
        return new Score(instrument.id(), id(), List.of(total), flags);
    }
}
