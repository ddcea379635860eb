package org.regenpath.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A raw-sum to interval-score conversion table (HSS KOOS JR / HOOS JR), with each value's verification status
 * copied from reference/clinical-standards.md Appendix A. Immutable.
 *
 * @param instrumentId the instrument the table converts
 * @param source where the values come from, and how far they were checked
 * @param entries one entry per raw sum, 0 to the maximum, in order
 */
public record IntervalTable(String instrumentId, String source, List<Entry> entries) {

    /**
     * One row of the table.
     *
     * @param raw the raw item sum
     * @param interval the interval score (0 = total joint disability, 100 = perfect joint health)
     * @param verified whether the value was matched by an independent public source
     * @param verifiedBy that source, or {@code null}
     */
    public record Entry(int raw, BigDecimal interval, boolean verified, String verifiedBy) {

        public Entry {
            Objects.requireNonNull(interval, "interval");
        }
    }

    public IntervalTable {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).raw() != i) {
                throw new QuestionnaireFormatException(instrumentId + " interval table: expected raw " + i
                        + " at row " + (i + 1) + ", found " + entries.get(i).raw());
            }
            if (i > 0 && entries.get(i).interval().compareTo(entries.get(i - 1).interval()) >= 0) {
                throw new QuestionnaireFormatException(instrumentId + " interval table is not strictly decreasing at"
                        + " raw " + i);
            }
        }
    }

    /** The highest raw sum. */
    public int maxRaw() {
        return entries.size() - 1;
    }

    /** The row for a raw sum. */
    public Entry entry(int raw) {
        if (raw < 0 || raw > maxRaw()) {
            throw new IllegalArgumentException(instrumentId + " raw sum " + raw + " is outside 0.." + maxRaw());
        }
        return entries.get(raw);
    }
}
