package org.regenpath.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.regenpath.shared.PatientId;

/**
 * One unanswered solicited checklist whose day has come.
 *
 * @param checklistId the checklist
 * @param patientId whose
 * @param dayAfterProcedure 2, 7 or 30
 * @param performedOn the procedure's day in the clinic
 * @param dueOn the day it is asked on
 */
public record DueChecklist(long checklistId, PatientId patientId, int dayAfterProcedure, LocalDate performedOn,
        LocalDate dueOn) {

    /** Whether its day has passed (a late answer is still taken). */
    public boolean overdue(LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Days since its day; 0 on the day itself. */
    public long daysOverdue(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }

    /** "Day 2 after the procedure", for people. */
    public String label() {
        return "Day " + dayAfterProcedure + " after the procedure";
    }
}
