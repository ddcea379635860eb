package org.regenpath.safety;

import java.time.Instant;
import java.util.List;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A solicited checklist was answered with at least one reaction the patient has. Each reaction goes to the clinic's
 * triage list, where a clinician confirms it as an adverse event, links it to one already recorded, or dismisses it.
 *
 * @param checklistId the checklist answered
 * @param clinicId the patient's clinic
 * @param patientId whose
 * @param procedureId the procedure the checklist follows
 * @param dayAfterProcedure 2, 7 or 30
 * @param answeredAt when the answer was stored
 * @param reactions the reactions answered "yes", in the checklist's order
 */
public record SolicitedReactionsReported(long checklistId, ClinicId clinicId, PatientId patientId, long procedureId,
        int dayAfterProcedure, Instant answeredAt, List<Reaction> reactions) {

    /**
     * One reaction answered "yes".
     *
     * @param term the key of its term in the adverse event term catalog, e.g. {@code injection-site-swelling}
     * @param severity the patient's own rating
     */
    public record Reaction(String term, ProblemSeverity severity) {}
}
