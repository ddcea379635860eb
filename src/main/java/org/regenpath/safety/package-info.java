/**
 * Safety: adverse events after a treatment, asked about, graded, reported on time and counted honestly.
 *
 * <p>Solicited checklists (this part): when a procedure is recorded ({@code ProcedureCompleted}),
 * {@link org.regenpath.safety.Checklists} makes one short checklist of the expected reactions for day 2, 7 and 30
 * after it, counted in the clinic's days. The patient answers it in the portal, or a clinician or coordinator enters
 * what the patient told them on a call; each item is yes or no, and a "yes" carries the patient's own severity
 * (PRO-CTCAE's wording, {@link org.regenpath.followup.ProblemSeverity}). The items are data
 * ({@code clinical/safety/solicited-checklist.json}, versioned; every checklist keeps the version it was asked
 * with); items about the harvest site are asked only when cells were harvested from the patient. An answer with at
 * least one "yes" is published as {@link org.regenpath.safety.SolicitedReactionsReported}, for the triage list. An
 * unanswered checklist stays unanswered, apart from one answered "no" to everything (a missing answer is not "no
 * event"), and is listed on the follow-up dashboard and the portal's home page through the follow-up module's
 * {@link org.regenpath.followup.DueChecklists} port. Owns {@code safety_checklist} (final once answered) and
 * {@code safety_checklist_answer} (append-only).
 *
 * <p>Events in: {@code procedure.ProcedureCompleted}. Events out: {@code SolicitedReactionsReported}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"shared", "audit", "identity", "patient", "followup", "procedure", "product",
                "planning"})
package org.regenpath.safety;
