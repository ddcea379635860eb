package org.regenpath.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one small-cell policy every registry figure goes through before it is shown (decision 0049). Outside the
 * clinic the figures come from (the public directory, comparisons between clinics, the aggregate tables of an
 * export) no count of 1 to 10 patients is shown, nor anything from which such a count can be worked out; inside it
 * (the clinic's own clinicians and researchers) every figure is shown whole and marked as a small sample when it
 * rests on fewer than {@value #MINIMUM} patients.
 *
 * <p>Source: the CMS cell size suppression policy (Centers for Medicare &amp; Medicaid Services, as published by
 * ResDAC, https://resdac.org/articles/cms-cell-size-suppression-policy): "no cell (e.g. admissions, discharges,
 * patients, services, etc.) containing a value of 1 to 10 can be reported directly. A value of zero does not violate
 * the minimum cell size policy. In addition, no cell can be reported that allows a value of 1 to 10 to be derived
 * from other reported cells or information", percentages included, and "the policy also applies to the reporting of
 * excluded cases".
 *
 * <p>The rules, outside the clinic:
 * <ol>
 *   <li><b>Denominator.</b> A rate whose denominator is 1 to 10 is suppressed: no numerator, no rate, no interval,
 *       and in place of its denominator only the band "fewer than 11".</li>
 *   <li><b>Numerator and its complement.</b> A rate whose denominator is 11 or more but whose numerator, or the
 *       denominator minus the numerator (the non-responders, a cell too), is 1 to 10 is suppressed the same way,
 *       its denominator still shown: with the denominator shown, a rate or an interval gives the numerator back.</li>
 *   <li><b>Complementary cells.</b> In a table of counts that add up to a shown total, a single suppressed cell
 *       could be recovered as the total minus the others; so the smallest other non-zero cells are suppressed too
 *       until at least two are and together they hold 11 or more patients (so that neither a cell nor the sum of
 *       the suppressed ones is 1 to 10). When no cell is left to suppress, the total is suppressed instead.</li>
 * </ol>
 * A count of 0 is shown everywhere. Pure: no Spring, no database.
 */
public final class SmallCells {

    /** The fewest patients a figure shown outside its clinic may rest on. */
    public static final int MINIMUM = 11;

    /** The band shown in place of a suppressed count. */
    public static final String FEWER_THAN_MINIMUM = "fewer than " + MINIMUM;

    private SmallCells() {}

    /** Who sees a figure. */
    public enum Audience {
        /** The clinic's own clinicians and researchers: figures whole, small samples marked. */
        CLINIC,
        /** Anyone outside the clinic: small cells suppressed. */
        OUTSIDE
    }

    /** How a figure is shown. */
    public enum Status {
        /** In full, from {@value SmallCells#MINIMUM} or more patients (or from none: nothing to show). */
        WHOLE,
        /** In full, inside the clinic, from 1 to 10 patients: read with care. */
        SMALL_SAMPLE,
        /** Outside the clinic, from a small cell: no numerator, rate or interval. */
        SUPPRESSED
    }

    /**
     * A rate as it may be shown to an audience.
     *
     * @param status whole, small sample or suppressed
     * @param count the numerator, or {@code null} when suppressed
     * @param of the denominator, or {@code null} when it is itself a small cell
     * @param estimate the rate, or {@code null} when suppressed or the denominator is 0
     * @param lower the lower 95 % bound, or {@code null} likewise
     * @param upper the upper 95 % bound, or {@code null} likewise
     * @param interval how the interval was computed
     * @param band {@link #FEWER_THAN_MINIMUM} when the denominator is not shown, otherwise {@code null}
     */
    public record Figure(Status status, Integer count, Integer of, Double estimate, Double lower, Double upper,
            ResponderRates.Interval interval, String band) {

        public Figure {
            Objects.requireNonNull(status, "status");
        }

        public boolean suppressed() {
            return status == Status.SUPPRESSED;
        }

        public boolean smallSample() {
            return status == Status.SMALL_SAMPLE;
        }

        /** Whether there is a rate to show (not suppressed, and a denominator above 0). */
        public boolean defined() {
            return estimate != null;
        }
    }

    /** Whether a count is a small cell: 1 to 10 (0 is not). */
    public static boolean small(int count) {
        return count > 0 && count < MINIMUM;
    }

    /** A rate for an audience (rules 1 and 2 outside the clinic; a small-sample mark inside). */
    public static Figure figure(Rate rate, Audience audience) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(audience, "audience");
        int of = rate.of();
        if (audience == Audience.CLINIC) {
            return new Figure(small(of) ? Status.SMALL_SAMPLE : Status.WHOLE, rate.count(), of, rate.estimate(),
                    rate.lower(), rate.upper(), rate.interval(), null);
        }
        if (small(of)) {
            return new Figure(Status.SUPPRESSED, null, null, null, null, null, rate.interval(), FEWER_THAN_MINIMUM);
        }
        if (small(rate.count()) || small(of - rate.count())) {
            return new Figure(Status.SUPPRESSED, null, of, null, null, null, rate.interval(), null);
        }
        return new Figure(Status.WHOLE, rate.count(), of, rate.estimate(), rate.lower(), rate.upper(),
                rate.interval(), null);
    }

    /**
     * A count of patients as it may be shown: the number, or {@link #FEWER_THAN_MINIMUM} outside the clinic for 1 to
     * 10 (excluded cases too, as the policy says).
     */
    public static String count(int count, Audience audience) {
        return audience == Audience.OUTSIDE && small(count) ? FEWER_THAN_MINIMUM : Integer.toString(count);
    }

    /**
     * Counts that add up to a total, with the cells (and perhaps the total) to suppress.
     *
     * @param cells each cell's count, in the order shown
     * @param total the sum of the cells
     * @param suppressed the cells not to show: the small ones, and the complementary ones (rule 3)
     * @param totalSuppressed whether the total is not to be shown
     * @param <K> what names a cell
     */
    public record Table<K>(Map<K, Integer> cells, int total, Set<K> suppressed, boolean totalSuppressed) {

        public Table {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
            suppressed = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(suppressed));
        }

        /** The cell's count as it may be shown: the number, or {@code null} when suppressed. */
        public Integer shown(K cell) {
            return suppressed.contains(cell) ? null : cells.get(cell);
        }

        /** The total as it may be shown, or {@code null} when suppressed. */
        public Integer shownTotal() {
            return totalSuppressed ? null : total;
        }
    }

    /**
     * A table of counts (rule 3 outside the clinic; nothing suppressed inside).
     *
     * @param cells each cell's count (0 or more), in the order shown
     */
    public static <K> Table<K> table(Map<K, Integer> cells, Audience audience) {
        Objects.requireNonNull(audience, "audience");
        int total = 0;
        for (Integer c : cells.values()) {
            if (c == null || c < 0) {
                throw new IllegalArgumentException("A cell's count must be 0 or more: " + c);
            }
            total += c;
        }
        if (audience == Audience.CLINIC) {
            return new Table<>(cells, total, Set.of(), false);
        }
        Set<K> suppressed = new LinkedHashSet<>();
        cells.forEach((k, c) -> {
            if (small(c)) {
                suppressed.add(k);
            }
        });
        boolean totalSuppressed = small(total);
        if (!suppressed.isEmpty()) {
            List<Map.Entry<K, Integer>> candidates = new ArrayList<>(cells.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !suppressed.contains(e.getKey()))
                    .sorted(Comparator.comparingInt(Map.Entry::getValue)).toList());
            while (suppressed.size() < 2 || sum(cells, suppressed) < MINIMUM) {
                if (candidates.isEmpty()) {
                    totalSuppressed = true;
                    break;
                }
                suppressed.add(candidates.remove(0).getKey());
            }
        }
        return new Table<>(cells, total, suppressed, totalSuppressed);
    }

    private static <K> int sum(Map<K, Integer> cells, Set<K> keys) {
        return keys.stream().mapToInt(cells::get).sum();
    }
}
