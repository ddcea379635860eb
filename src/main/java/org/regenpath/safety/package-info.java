/**
 * Safety: adverse events after a treatment, asked about, graded, reported on time and counted honestly.
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
 * <p>Solicited checklists: when a procedure is recorded ({@code ProcedureCompleted}),
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
 * <p>Reporting clocks: {@link org.regenpath.safety.ReportingClockRules} decides which expedited reporting clocks an
 * event starts (21 CFR 312.32(c) under an IND, 21 CFR 1271.350(a) for a 361 HCT/P) from {@link
 * org.regenpath.safety.ReportingClockFacts}, maps each product pathway (planning's {@code RegulatoryPathway}) to its
 * reporting regime, and dates each {@link org.regenpath.safety.ReportingClock} in calendar days in the clinic's
 * time zone from when the clinic first knew (decision 0045). What each duty asks, its days and citations are data,
 * {@code clinical/safety/reporting-rules.json}. Seriousness ({@link org.regenpath.safety.SeriousnessCriterion}, ICH
 * E2A) and relatedness ({@link org.regenpath.safety.Relatedness}) are the event record's vocabulary.
 * {@link org.regenpath.safety.Form3500aDraft} renders a draft of Form FDA 3500A from {@link
 * org.regenpath.safety.Form3500aFacts}: every block Regenpath holds filled in, every other marked to be completed by
 * hand ({@code clinical/safety/fda-3500a-fields.json}), headed as a draft for the reporter, never a submission.
 *
 * <p>{@link org.regenpath.safety.SafetyRates} makes the clinic safety counts: per cell source and product type, per
 * CTCAE grade and per seriousness, the procedures followed by at least one event out of the procedures, per 100
 * with a 95 % Wilson interval ({@link org.regenpath.shared.stats.WilsonInterval}); solicited and passively collected
 * counts in separate rows, and the procedures with no solicited checklist answered, because no answer is not "no
 * event". {@link org.regenpath.safety.SafetyFigures} feeds it for the care team of one clinic (decision 0047):
 * every procedure the clinic recorded (procedure lookup) with its product's cell source and type (product lookup),
 * the clinic's events and its answered checklists; the page {@code /safety/overview} ("Safety figures") and
 * {@code GET /api/safety/rates} show it, every read audited.
 *
 * <p>Recording or revising an event that a clinician has judged opens its clocks in the same transaction: the
 * event's seriousness, expectedness, strongest relatedness and first knowledge, and the regime of the pathway its
 * product's plan (or else its procedure's plan) was approved on, read through the product, procedure and planning
 * lookups. Opening is idempotent; a revision never closes a clock (only marking the report sent does).
 * {@link org.regenpath.safety.Form3500aReports} makes the draft Form FDA 3500A of an event for a clinician, from the
 * event, the patient (initials, age, sex), the product and the procedure.
 *
 * <p>{@link org.regenpath.safety.ReportingClocks} stores the clocks of an event in {@code safety_reporting_clock}:
 * opened idempotently and marked submitted once, with the day sent and its reference, by a clinician of the patient's clinic, read by its care team, every
 * access and refusal audited; {@code unsubmittedInClinic} lists a clinic's clocks not yet submitted, earliest deadline
 * first; the page {@code /safety/clocks} shows them to the care team as overdue, due soon or open, with the
 * patient and the last day the report is on time.
 *
 * <p>{@link org.regenpath.safety.ProductLookBacks} is the product look-back of an event linked to a product, for a
 * clinician: the kit lots and devices its custody steps used and every other patient of the clinic whose product
 * used one of them, with their own events. The recall queries are the trace module's ({@code trace.Traceability}),
 * called, not copied; the events are this module's. {@link org.regenpath.safety.EventsOfProducts} implements the
 * product module's {@code ProductEvents} port: the events linked to a product, with no patient identity and no free
 * text, which the product page and API show beside its chain of custody, to the lab too (decision 0046).
 *
 * <p>Also owns the tables {@code safety_adverse_event}, {@code safety_adverse_event_version} (append-only) and
 * {@code safety_triage_item}. Listens to {@code followup.ProblemReported} and
 * {@link org.regenpath.safety.SolicitedReactionsReported}. Reads procedures and products through their lookups, and
 * traces products through the trace module's API.
 *
 * <p>Events in: {@code procedure.ProcedureCompleted}, {@code followup.ProblemReported} and its own
 * {@code SolicitedReactionsReported}. Events out: {@code SolicitedReactionsReported}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"shared", "shared::stats", "audit", "identity", "patient", "followup", "procedure",
                "product", "planning", "trace"})
package org.regenpath.safety;
