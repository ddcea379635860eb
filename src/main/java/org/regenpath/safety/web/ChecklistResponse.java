package org.regenpath.safety.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.safety.ChecklistView;

/**
 * A solicited checklist as the JSON API shows it. {@code answered} is null and every item's {@code yes} is null
 * while the checklist is unanswered: a missing answer is never shown as "no".
 *
 * @param id the checklist
 * @param patientId whose
 * @param procedureId the procedure it follows
 * @param dayAfterProcedure 2, 7 or 30
 * @param performedOn the procedure's day in the clinic
 * @param dueOn the day it is asked on
 * @param contentVersion the version of the checklist's content it was asked with
 * @param status {@code UPCOMING}, {@code DUE}, {@code OVERDUE} or {@code ANSWERED}
 * @param statusLabel the status in words
 * @param answered who answered, when and how, or null
 * @param items the items in order
 */
record ChecklistResponse(long id, long patientId, long procedureId, int dayAfterProcedure, LocalDate performedOn,
        LocalDate dueOn, String contentVersion, String status, String statusLabel, Answered answered,
        List<Item> items) {

    /**
     * @param itemId the item's id, to answer it by
     * @param term the adverse event term it reports
     * @param site {@code INJECTION}, {@code HARVEST} or {@code WHOLE_BODY}
     * @param question as asked
     * @param yes the answer, or null while unanswered
     * @param severity {@code MILD}, {@code MODERATE}, {@code SEVERE} or {@code VERY_SEVERE} for a "yes"
     */
    record Item(String itemId, String term, String site, String question, Boolean yes, String severity) {}

    /**
     * @param at when the answers were stored
     * @param on that day in the clinic
     * @param by who entered them
     * @param byRole their role
     * @param channel {@code PORTAL} (the patient) or {@code PHONE} (told on a call, entered by the care team)
     * @param late answered after its day
     */
    record Answered(Instant at, LocalDate on, String by, String byRole, String channel, boolean late) {}

    static ChecklistResponse of(ChecklistView v) {
        ChecklistView.Answered a = v.answered();
        return new ChecklistResponse(v.id(), v.patientId().value(), v.procedureId(), v.dayAfterProcedure(),
                v.performedOn(), v.dueOn(), v.version(), v.status().name(), v.status().label(),
                a == null ? null : new Answered(a.at(), a.on(), a.by(), a.byRole(), a.channel().name(), a.late()),
                v.items().stream().map(i -> new Item(i.itemId(), i.term(), i.site().name(), i.question(), i.yes(),
                        i.severity() == null ? null : i.severity().name())).toList());
    }
}
