/**
 * Safety: adverse events that are asked about, graded, reported on time and counted honestly.
 *
 * <p>{@link org.regenpath.safety.AdverseEvents} is the adverse event record: the patient, the procedure, harvest and
 * product it may concern, the onset, a term from the CTCAE v5.0-based catalog coded with NCI Thesaurus codes
 * ({@link org.regenpath.safety.AdverseEventTerms}, never MedDRA), the CTCAE grade with its definition, seriousness
 * by the ICH E2A criteria kept apart from the grade, relatedness to the harvest, the injection and the product each
 * judged on its own, expectedness against the consent document, the action taken, the outcome and how the clinic
 * learned of it. Every change appends a version with who made it (decision 0039).
 * {@link org.regenpath.safety.Triage} is the clinic's triage list: every problem a patient reports and every
 * reaction answered "yes" on a solicited checklist arrives there once, and stays until a clinician confirms it as
 * an event, links it to one already recorded, or dismisses it with a reason (decision 0040). It implements the
 * follow-up module's {@code ProblemReviews} port, so the portal tells the patient that the clinic looked at a
 * report.
 *
 * <p>Owns the tables {@code safety_adverse_event}, {@code safety_adverse_event_version} (append-only) and
 * {@code safety_triage_item}. Listens to {@code followup.ProblemReported} and
 * {@link org.regenpath.safety.SolicitedReactionsReported}. Reads procedures and products through their lookups.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"shared", "audit", "identity", "patient", "planning", "procedure", "product",
                "followup"})
package org.regenpath.safety;
