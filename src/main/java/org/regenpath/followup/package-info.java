/**
 * Follow-up: the default instrument set per condition and each clinic's own, the follow-up schedules and their
 * tasks, responses and their scores over time, reminders, the patient portal and problem reports.
 *
 * <p>The questionnaires themselves and their scoring are the instrument module's
 * ({@link org.regenpath.instrument.InstrumentCatalog}); this module makes the catalog a bean with the clinic's folder
 * of licensed wording ({@code regenpath.followup.licensed-text-dir}) and scores every submission with it. Completion
 * rates use {@link org.regenpath.shared.stats.WilsonInterval}.
 *
 * <p>{@link org.regenpath.followup.FollowupSchedules} makes a patient's schedule when a treatment plan is approved
 * ({@code PlanApproved}: the baseline, due before the procedure) and dates the follow-ups when its procedure is
 * recorded ({@code ProcedureCompleted}); the care team changes a schedule's protocol without losing anything
 * answered. The instruments come from the clinic's own set for the plan's condition where its admin made one
 * ({@link org.regenpath.followup.ClinicInstrumentSets}, versioned), otherwise from the shipped default.
 * {@link org.regenpath.followup.FollowupResponses} opens, drafts and submits questionnaires: each submission is
 * scored, stored as a FHIR QuestionnaireResponse with its scores, and published as
 * {@link org.regenpath.followup.QuestionnaireCompleted}. The care team of the patient's clinic reads and answers;
 * every access and refusal is audited. {@link org.regenpath.followup.FollowupTrajectories} gives the clinician view
 * (per instrument and scale: the scores over time, the MCID threshold line and the responder status against
 * baseline) and {@link org.regenpath.followup.FollowupDashboard} the coordinator dashboard (due and overdue by
 * patient; completion per time point with 95 % Wilson intervals). Owns the tables {@code followup_schedule},
 * {@code followup_task}, {@code followup_response} and {@code followup_response_score} (the last two append-only)
 * , {@code followup_reminder}, {@code followup_problem_report}, and {@code followup_clinic_set} with
 * {@code followup_clinic_set_version} (append-only). {@link org.regenpath.followup.BaselineGaps} implements the
 * product module's {@code BaselineStatus} port (the bedside warns about an open baseline and asks why) and keeps
 * why a baseline was not collected in {@code followup_baseline_gap} (append-only).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Follow-up",
        allowedDependencies = {"shared", "shared::stats", "instrument", "audit", "identity", "patient", "intake",
                "planning", "procedure", "product", "notification"})
package org.regenpath.followup;
