package org.regenpath.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator dashboard of one clinic.
 *
 * @param today the day the dashboard was computed for (UTC)
 * @param due questionnaires open or overdue, one row per patient and time point, overdue first (longest overdue
 *     first), then by due date
 * @param dueTotal how many rows there are in all ({@code due} holds at most {@link FollowupDashboard#DUE_LIMIT})
 * @param completion per time point, in schedule order: enrolled, answered and the rate with its interval
 * @param answeredMeans what "answered" counts, in words, as the page states it
 * @param primaryInstruments the primary instrument of each instrument set, e.g. "Knee osteoarthritis: NRS-11"
 */
public record FollowupDashboardView(LocalDate today, List<DueItem> due, int dueTotal,
        List<TimePointCompletion> completion, String answeredMeans, List<String> primaryInstruments) {

    public FollowupDashboardView {
        due = List.copyOf(due);
        completion = List.copyOf(completion);
        primaryInstruments = List.copyOf(primaryInstruments);
    }

    /** How many rows are overdue. */
    public long overdueCount() {
        return due.stream().filter(DueItem::overdue).count();
    }
}
