package org.regenpath.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.regenpath.followup.ProblemReported;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * One thing reported that a clinician must look at: a problem report, or one reaction answered "yes" on a solicited
 * checklist. It is open until a clinician confirms it as an adverse event, links it to one already recorded, or
 * dismisses it with a reason; a decided item is never decided again, and nothing removes an item.
 *
 * @param id the item ({@code 0} before it is stored)
 * @param clinicId the patient's clinic
 * @param patientId whose
 * @param key what it came from, unique: a redelivered event makes no second item
 * @param termKey the catalog term of a checklist reaction, or {@code null} for a problem report
 * @param severity the patient's own rating
 * @param procedureId the procedure a checklist follows, or {@code null}
 * @param dayAfterProcedure the checklist's day, or {@code null}
 * @param reportedAt when the report or answer was stored: when the clinic first knew
 * @param state open or the decision
 * @param eventId the event it was confirmed as or linked to, else {@code null}
 * @param reason why it was dismissed, else {@code null}
 * @param decidedBy who decided, or {@code null} while open
 * @param decidedAt when, or {@code null} while open
 */
public record TriageItem(long id, ClinicId clinicId, PatientId patientId, Key key, String termKey,
        ProblemSeverity severity, Long procedureId, Integer dayAfterProcedure, Instant reportedAt, TriageState state,
        Long eventId, String reason, StaffMember decidedBy, Instant decidedAt) {

    static final int MAX_REASON = 2000;

    public TriageItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        boolean decided = state != TriageState.OPEN;
        if (decided != (decidedAt != null) || (state == TriageState.CONFIRMED || state == TriageState.LINKED)
                != (eventId != null) || (state == TriageState.DISMISSED) != (reason != null)) {
            throw new IllegalArgumentException("A triage item's decision does not match its state " + state);
        }
    }

    /**
     * What an item came from: the report, or the checklist and the reaction's place on it.
     *
     * @param source a problem report or a checklist reaction
     * @param sourceId the report's or the checklist's id
     * @param position 0 for a report; the reaction's place (from 0) in the checklist's "yes" answers
     */
    public record Key(TriageSource source, long sourceId, int position) {}

    /** The item a problem report makes. */
    static TriageItem arrived(ProblemReported e) {
        return new TriageItem(0, e.clinicId(), e.patientId(), new Key(TriageSource.PROBLEM_REPORT, e.reportId(), 0),
                null, e.severity(), null, null, e.reportedAt(), TriageState.OPEN, null, null, null, null);
    }

    /** The items a checklist answer makes: one per reaction answered "yes", in the checklist's order. */
    static List<TriageItem> arrived(SolicitedReactionsReported e) {
        List<TriageItem> items = new ArrayList<>();
        for (int i = 0; i < e.reactions().size(); i++) {
            SolicitedReactionsReported.Reaction r = e.reactions().get(i);
            items.add(new TriageItem(0, e.clinicId(), e.patientId(),
                    new Key(TriageSource.SOLICITED_REACTION, e.checklistId(), i), r.term(), r.severity(),
                    e.procedureId(), e.dayAfterProcedure(), e.answeredAt(), TriageState.OPEN, null, null, null,
                    null));
        }
        return items;
    }

    /** Confirmed as the new adverse event {@code eventId}. */
    TriageItem confirmed(long eventId, StaffMember by, Instant at) {
        return decide(TriageState.CONFIRMED, eventId, null, by, at);
    }

    /** Linked to the adverse event {@code eventId} already recorded. */
    TriageItem linked(long eventId, StaffMember by, Instant at) {
        return decide(TriageState.LINKED, eventId, null, by, at);
    }

    /**
     * Dismissed with a reason.
     *
     * @throws InvalidInput on {@code reason} when there is none or it is too long
     */
    TriageItem dismissed(String reason, StaffMember by, Instant at) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInput.of("reason", "Say why it is dismissed");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "At most " + MAX_REASON + " characters");
        }
        return decide(TriageState.DISMISSED, null, why, by, at);
    }

    private TriageItem decide(TriageState to, Long event, String why, StaffMember by, Instant at) {
        if (state != TriageState.OPEN) {
            throw new Conflict("item", "A clinician already looked at this report (" + decidedBy.displayName()
                    + "); it is " + describe() + ".");
        }
        return new TriageItem(id, clinicId, patientId, key, termKey, severity, procedureId, dayAfterProcedure,
                reportedAt, to, event, why, Objects.requireNonNull(by, "by"), Objects.requireNonNull(at, "at"));
    }

    /** How the clinic detected what the item reports. */
    Detection detection(boolean enteredByStaff) {
        if (key.source() == TriageSource.SOLICITED_REACTION) {
            return Detection.SOLICITED_CHECKLIST;
        }
        return enteredByStaff ? Detection.PHONE : Detection.PATIENT_PORTAL;
    }

    /** What the clinic did, in words a patient reads. */
    public String describe() {
        return switch (state) {
            case OPEN -> "waiting for a clinician to look at it";
            case CONFIRMED -> "recorded as a side effect that the clinic is following up";
            case LINKED -> "added to a side effect the clinic had already recorded";
            case DISMISSED -> "closed, because: " + reason;
        };
    }
}
