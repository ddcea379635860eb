package org.regenpath.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time point of a schedule template: baseline before the procedure, or a follow-up some months after it, each
 * with the window in which answers count as on time.
 *
 * @param id a stable id ({@code baseline}, {@code 3m}, ...)
 * @param label the name shown to people
 * @param baseline whether this is the pre-procedure baseline
 * @param offsetMonths months after the procedure the follow-up is due (0 for the baseline)
 * @param windowDaysBefore days before the due date the window opens
 * @param windowDaysAfter days after the due date the window closes (0 for the baseline: it closes on the
 *     procedure day)
 */
public record TimePoint(String id, String label, boolean baseline, int offsetMonths, int windowDaysBefore,
        int windowDaysAfter) {

    public TimePoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (offsetMonths < 0 || windowDaysBefore < 0 || windowDaysAfter < 0) {
            throw new IllegalArgumentException("Time point " + id + ": offsets and windows cannot be negative");
        }
        if (baseline && (offsetMonths != 0 || windowDaysAfter != 0)) {
            throw new IllegalArgumentException("The baseline is due on the procedure day and closes then");
        }
        if (!baseline && offsetMonths == 0) {
            throw new IllegalArgumentException("Follow-up " + id + " must come at least a month after the procedure");
        }
    }

    /** The due date for a procedure on {@code procedureDate}. */
    public LocalDate due(LocalDate procedureDate) {
        return procedureDate.plusMonths(offsetMonths);
    }

    /** The first day answers count as on time. */
    public LocalDate opens(LocalDate procedureDate) {
        return due(procedureDate).minusDays(windowDaysBefore);
    }

    /** The last day answers count as on time; later answers are accepted and marked late. */
    public LocalDate closes(LocalDate procedureDate) {
        return due(procedureDate).plusDays(windowDaysAfter);
    }
}
