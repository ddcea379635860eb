package org.regenpath.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KOOS: five subscales scored independently, each {@code 100 - mean(answered items) / 4 * 100} (100 = no knee
 * problems), per the KOOS Scoring instructions, August 2012 (koos.nu; Roos EM et al., JOSPT 1998;28(2):88-96).
 *
 * <p>Missing items, 2012 rule: a subscale is scored when at least 50% of its items are answered; otherwise that
 * subscale alone is not scored. The scoring sheet states the counts: Pain 5 of 9, Symptoms 4 of 7, ADL 9 of 17,
 * Sport/Rec 3 of 5, QOL 2 of 4. (The HOOS 2013 sheet's counts, Symptoms 3 and Sport/Rec 2, belong to HOOS, whose
 * Symptoms and Sport/Rec subscales have 5 and 4 items.)
 */
final class KoosRule implements ScoringRule {

    /** Subscale group linkIds, their names and item counts, in the KOOS form's order. */
    static final Map<String, Integer> SUBSCALE_ITEMS = Map.of(
            "symptoms", 7, "pain", 9, "adl", 17, "sport-rec", 5, "qol", 4);

    private static final List<String> ORDER = List.of("symptoms", "pain", "adl", "sport-rec", "qol");

    private static final Map<String, String> LABELS = Map.of(
            "symptoms", "Symptoms", "pain", "Pain", "adl", "Function in daily living (ADL)",
            "sport-rec", "Function in sport and recreation (Sport/Rec)", "qol", "Knee-related quality of life");

    @Override
    public String id() {
        return "koos-subscales";
    }

    @Override
    public void check(Instrument instrument) {
        ScoringRule.requireItems(instrument, 42, 0, 4);
        for (String subscale : ORDER) {
            int found = instrument.questionsIn(subscale).size();
            ScoringRule.require(found == SUBSCALE_ITEMS.get(subscale), instrument,
                    "group " + subscale + " must hold " + SUBSCALE_ITEMS.get(subscale) + " questions, holds " + found);
        }
    }

    /** The fewest answered items that let a subscale of {@code items} items be scored (at least 50%). */
    static int minimumAnswered(int items) {
        return (items + 1) / 2;
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        List<ScaleScore> scales = new ArrayList<>();
        for (String subscale : ORDER) {
            List<InstrumentItem> items = instrument.questionsIn(subscale);
            List<Integer> given = answers.answeredAmong(items);
            int needed = minimumAnswered(items.size());
            if (given.size() < needed) {
                scales.add(ScaleScore.notScored(subscale, LABELS.get(subscale), given.size(), items.size(),
                        "KOOS 2012 rule: at least " + needed + " of " + items.size() + " items must be answered, "
                                + given.size() + " were."));
            } else {
                int sum = Answers.sum(given);
                double value = 100.0 - (sum * 100.0) / (4.0 * given.size());
                String note = given.size() < items.size()
                        ? "Mean of the " + given.size() + " answered items (KOOS 2012 missing-item rule)." : null;
                scales.add(ScaleScore.scored(subscale, LABELS.get(subscale), value, sum, given.size(), items.size(),
                        null, Provenance.FORMULA, note));
            }
        }
        return new Score(instrument.id(), id(), scales, Set.of());
    }
}
