package org.regenpath.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which follow-up e-mails are due. Pure. One e-mail per time point of a schedule and kind, never two: the
 * patient hears when a time point opens and once more before it closes while something is unanswered; the clinic's
 * coordinators hear once when it closed unanswered. A baseline has no closing date until the procedure, so it gets
 * no closing reminder; a missed baseline is not overdue (it cannot be answered any more). When the closing
 * reminder is due before the opening one went out (a short window, or the job was down), only the closing one is
 * sent: it says the questionnaire is open too.
 */
final class ReminderPlanner {

    /** One reminder to send: a time point of a schedule, with the unanswered tasks it is about. */
    record Due(long scheduleId, long patientId, long clinicId, String timePointId, String timePointLabel,
            ReminderKind kind, LocalDate closesOn, List<Long> taskIds) {}

    private ReminderPlanner() {}

    /**
     * @param pending the pending tasks whose window has opened by {@code today}
     * @param sent the reminders already sent, as {@link #key} values
     * @param closingDays how many days before the window closes the reminder goes out
     */
    static List<Due> due(List<TaskRow> pending, Set<String> sent, LocalDate today, int closingDays) {
        Map<String, List<TaskRow>> byTimePoint = new LinkedHashMap<>();
        for (TaskRow t : pending) {
            if (t.status() == TaskStatus.PENDING && !today.isBefore(t.planned().opensOn())) {
                byTimePoint.computeIfAbsent(t.scheduleId() + "/" + t.planned().timePointId(), k -> new ArrayList<>())
                        .add(t);
            }
        }
        List<Due> out = new ArrayList<>();
        for (List<TaskRow> tasks : byTimePoint.values()) {
            TaskRow first = tasks.get(0);
            LocalDate closes = first.planned().closesOn();
            ReminderKind kind;
            if (closes != null && today.isAfter(closes)) {
                kind = ReminderKind.OVERDUE;
            } else if (closes != null && !today.isBefore(closes.minusDays(closingDays))) {
                kind = ReminderKind.CLOSING;
            } else {
                kind = ReminderKind.OPENED;
            }
            if (!sent.contains(key(first.scheduleId(), first.planned().timePointId(), kind))) {
                out.add(new Due(first.scheduleId(), first.patientId(), first.clinicId(),
                        first.planned().timePointId(), first.planned().timePointLabel(), kind, closes,
                        tasks.stream().map(TaskRow::id).toList()));
            }
        }
        return out;
    }

    static String key(long scheduleId, String timePointId, ReminderKind kind) {
        return scheduleId + "/" + timePointId + "/" + kind.name();
    }
}
