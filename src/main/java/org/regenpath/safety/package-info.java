/**
 * Safety: adverse events after regenerative treatment, reported on time and counted honestly.
 *
 * <p>This part of the module takes an adverse event's facts as input; it does not store events itself.
 * {@link org.regenpath.safety.ReportingClockRules} decides which expedited reporting clocks an event starts
 * (21 CFR 312.32(c) under an IND, 21 CFR 1271.350(a) for a 361 HCT/P) from {@link
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
 * event".
 *
 * <p>{@link org.regenpath.safety.ReportingClocks} stores the clocks of an event in {@code safety_reporting_clock}:
 * opened idempotently and marked submitted once by a clinician of the patient's clinic, read by its care team, every
 * access and refusal audited; {@code unsubmittedInClinic} lists a clinic's clocks not yet submitted, earliest deadline
 * first; the page {@code /safety/clocks} shows them to the care team as overdue, due soon or open, with the
 * patient and the last day the report is on time. Publishes and listens to no events yet.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"shared", "shared::stats", "planning", "patient", "audit", "identity"})
package org.regenpath.safety;
