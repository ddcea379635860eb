package org.regenpath.safety;

import org.regenpath.shared.stats.WilsonInterval;

/**
 * One line of the clinic safety counts: in one group of procedures, how many were followed by at least one event
 * collected one way, out of how many procedures, with the 95 % Wilson interval, shown per 100 procedures.
 *
 * @param grouping what the groups are
 * @param group the group in words, e.g. "Autologous bone marrow (iliac crest aspirate), Bone marrow concentrate",
 *     "Grade 2", "Serious"
 * @param collection how the events counted were collected
 * @param interval procedures with at least one such event (numerator) out of the procedures that could show one
 *     (denominator), with its 95 % Wilson interval
 * @param events how many such events there were; one procedure may have several, so this is not the numerator
 */
public record SafetyRateRow(Grouping grouping, String group, Collection collection, WilsonInterval interval,
        int events) {

    /** What a table's groups are. */
    public enum Grouping {
        CELL_SOURCE_AND_PRODUCT("By cell source and product"),
        GRADE("By CTCAE grade"),
        SERIOUSNESS("By seriousness");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the events of a row were collected; solicited and passive are never added without saying so. */
    public enum Collection {
        /** Asked for on a solicited checklist; out of the procedures with at least one checklist answered. */
        SOLICITED("Asked for (solicited checklist), out of procedures with a checklist answered",
                "Asked for on a checklist"),
        /** Reported unprompted in the portal or by phone, or seen by a clinician; out of all procedures. */
        PASSIVE("Reported unprompted (portal, phone) or seen by a clinician, out of all procedures",
                "Reported unprompted or seen"),
        /** Either way, each procedure counted once; out of all procedures. */
        EITHER("Either way, each procedure counted once, out of all procedures",
                "Either way, each procedure once");

        private final String label;
        private final String heading;

        Collection(String label, String heading) {
            this.label = label;
            this.heading = heading;
        }

        public String label() {
            return label;
        }

        /** A short column heading; {@link #label()} says what the figure is out of. */
        public String heading() {
            return heading;
        }
    }

    /** Procedures with at least one event. */
    public int withEvent() {
        return interval.successes();
    }

    /** The procedures that could show one. */
    public int procedures() {
        return interval.trials();
    }

    /** The estimate per 100 procedures, or {@code null} with no procedures. */
    public Double perHundred() {
        return interval.estimate() == null ? null : interval.estimate() * 100;
    }

    /** The lower 95 % bound per 100 procedures, or {@code null} with no procedures. */
    public Double lowerPerHundred() {
        return interval.lower() == null ? null : interval.lower() * 100;
    }

    /** The upper 95 % bound per 100 procedures, or {@code null} with no procedures. */
    public Double upperPerHundred() {
        return interval.upper() == null ? null : interval.upper() * 100;
    }
}
