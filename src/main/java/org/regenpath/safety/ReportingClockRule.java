package org.regenpath.safety;

/**
 * One expedited reporting duty as {@code clinical/safety/reporting-rules.json} states it: which regulation, what it
 * asks, on which form, within how many calendar days, and whether its wording was checked against the primary
 * source. When it applies is {@link ReportingClockRules}'s to decide, from {@link #kind()}.
 *
 * @param kind which duty
 * @param regime the regime under which it applies
 * @param days the calendar days allowed, counted from the day the clinic first knew (day 0)
 * @param citation the section, e.g. {@code 21 CFR 312.32(c)(1)}
 * @param url where the regulation can be read
 * @param asks what the clinic must send, in words
 * @param words the regulation's words on the duty
 * @param verified whether the duty and its deadline were confirmed in the primary source or a source the project's
 *     reference marks as checked; false means the clinic's regulatory adviser must confirm it
 * @param note what was not confirmed, or how the project reads the rule; may be {@code null}
 */
public record ReportingClockRule(Kind kind, ReportingClockFacts.Regime regime, int days, String citation, String url,
        String asks, String words, boolean verified, String note) {

    /** The duties Regenpath knows how to start a clock for. */
    public enum Kind {
        /** 21 CFR 312.32(c)(1): a serious and unexpected suspected adverse reaction, in an IND safety report. */
        IND_SAFETY_REPORT,
        /** 21 CFR 312.32(c)(2): an unexpected fatal or life-threatening suspected adverse reaction. */
        IND_FATAL_OR_LIFE_THREATENING,
        /** 21 CFR 1271.350(a): an HCT/P adverse reaction involving a communicable disease, on Form FDA 3500A. */
        HCTP_ADVERSE_REACTION
    }
}
