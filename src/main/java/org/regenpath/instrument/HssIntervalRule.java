package org.regenpath.instrument;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KOOS JR and HOOS JR: sum the item answers (0-4 each; KOOS JR 7 items, raw 0-28; HOOS JR 6 items, raw 0-24) and
 * convert the sum with the HSS interval table (0 = total joint disability, 100 = perfect joint health). Source:
 * HSS KOOS JR / HOOS JR scoring (Lyman S et al.; hss.edu), the PACIO sample Questionnaires for the structure.
 *
 * <p>Missing items: the tables convert complete raw sums only, and no published rule for prorating a sum with
 * missing answers was found (the PACIO Questionnaires' calculated expression yields no score when any answer is
 * missing). Regenpath therefore reports no score when any item is missing; it never invents a value.
 *
 * <p>Each result carries {@link Provenance#TABLE_VERIFIED} or {@link Provenance#TABLE_UNVERIFIED} exactly as
 * {@code hss-interval-tables.json} marks the table value, and its note names the source the value was checked
 * against.
 */
final class HssIntervalRule implements ScoringRule {

    private final Map<String, IntervalTable> tables;

    HssIntervalRule(Map<String, IntervalTable> tables) {
        this.tables = Map.copyOf(tables);
    }

    @Override
    public String id() {
        return "hss-interval-table";
    }

    @Override
    public void check(Instrument instrument) {
        IntervalTable table = tables.get(instrument.id());
        ScoringRule.require(table != null, instrument, "no HSS interval table for this instrument");
        int items = instrument.scoredQuestions().size();
        ScoringRule.require(items * 4 == table.maxRaw(), instrument,
                items + " items cannot reach the table's maximum raw sum " + table.maxRaw());
        ScoringRule.requireItems(instrument, items, 0, 4);
    }

    @Override
    public Score score(Instrument instrument, Answers answers) {
        List<InstrumentItem> items = instrument.scoredQuestions();
        List<Integer> given = answers.answeredAmong(items);
        String label = instrument.title() + " interval score";
        ScaleScore total;
        if (given.size() < items.size()) {
            total = ScaleScore.notScored(Score.TOTAL, label, given.size(), items.size(), "All " + items.size()
                    + " items are needed: the HSS table converts complete raw sums only.");
        } else {
            int raw = Answers.sum(given);
            IntervalTable.Entry entry = tables.get(instrument.id()).entry(raw);
            Provenance provenance = entry.verified() ? Provenance.TABLE_VERIFIED : Provenance.TABLE_UNVERIFIED;
            String note = entry.verified() ? "Table value checked against " + entry.verifiedBy() + "."
                    : "Table value not yet checked against the HSS scoring table (Lyman S et al., Clin Orthop "
                            + "Relat Res 2016).";
            total = ScaleScore.scored(Score.TOTAL, label, entry.interval().doubleValue(), raw, items.size(),
                    items.size(), null, provenance, note);
        }
        return new Score(instrument.id(), id(), List.of(total), Set.of());
    }
}
