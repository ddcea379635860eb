package org.regenpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.PatientId;

/**
 * One solicited checklist as the pages and the API show it.
 *
 * @param id the checklist
 * @param patientId whose
 * @param procedureId the procedure it follows
 * @param dayAfterProcedure 2, 7 or 30
 * @param performedOn the procedure's day, in the clinic's time zone
 * @param dueOn the day it is asked on
 * @param version the version of the checklist's content it was asked with
 * @param status where it stands today
 * @param answered who answered, when and how; {@code null} while unanswered
 * @param items its items in order, with the answers once answered
 */
public record ChecklistView(long id, PatientId patientId, long procedureId, int dayAfterProcedure,
        LocalDate performedOn, LocalDate dueOn, String version, ChecklistStatus status, Answered answered,
        List<Item> items) {

    public ChecklistView {
        items = List.copyOf(items);
    }

    /** Whether at least one item was answered "yes". */
    public boolean anyYes() {
        return items.stream().anyMatch(i -> Boolean.TRUE.equals(i.yes()));
    }

    /**
     * One item.
     *
     * @param itemId its id in the checklist
     * @param term the key of its term in the adverse event term catalog
     * @param site the part of the body it asks about
     * @param question the question as asked
     * @param yes the answer; {@code null} while unanswered (never read as "no")
     * @param severity the patient's rating of a "yes"; otherwise {@code null}
     */
    public record Item(String itemId, String term, ChecklistSite site, String question, Boolean yes,
            ProblemSeverity severity) {}

    /**
     * How a checklist was answered.
     *
     * @param at when the answers were stored
     * @param on that moment's day in the clinic
     * @param by the name of who entered them (the patient, or the staff member on the phone)
     * @param byRole that person's role, in words
     * @param channel portal or phone
     * @param late answered after its day
     */
    public record Answered(Instant at, LocalDate on, String by, String byRole, ChecklistChannel channel,
            boolean late) {}
}
