/**
 * Treatment planning: the versioned treatment plan for a patient whose candidacy allows it, and the regulatory
 * pathway engine that classifies each plan under 21 CFR Part 1271 as the same-surgical-procedure exception
 * (1271.15(b)), a 361 HCT/P (1271.10(a)) or a 351 biological product that needs an IND or a BLA.
 *
 * <p>The pathway rules are data ({@code clinical/regulatory/hctp-pathway-rules.json}), each rule citing its CFR
 * section or FDA guidance passage, so that a regulatory adviser can review them without reading code.
 * {@link org.regenpath.planning.RegulatoryClassifier} applies them; {@link org.regenpath.planning.ApprovalGuard}
 * refuses to approve a plan version without a valid consent to exactly that version, a 351 plan without an IND
 * number and an IRB approval on record, and a research-only product without a trial.
 * {@link org.regenpath.planning.TreatmentPlan} keeps every version: an approved version is never changed, and
 * editing it starts a new draft, which needs its own consent.
 *
 * <p>Consent (decision 0012): the consent document is data too ({@code clinical/consent/consent-document.json},
 * the ISSCR disclosures, each section cited), rendered for one plan version by
 * {@link org.regenpath.planning.ConsentDocument} with the version's regulatory class, harvest site, the intake
 * catalog's evidence level and the cost. {@link org.regenpath.planning.PlanConsents} records the patient's typed-name
 * signature and the countersignature of the signed-in clinician, who re-enters e-mail and password (21 CFR 11.50,
 * 11.200; the password is checked by identity's {@code Reauthentication}); each signature stores the SHA-256 of
 * the text and the version's content (11.70), so a later edit of the draft invalidates it. Consents can be withdrawn,
 * also after approval: {@link org.regenpath.planning.ConsentLookup} tells the product module, inside its own transaction
 * and without an audit row of its own, whether the consent to a plan's version in force still stands, so that
 * nothing is collected, released or injected after a withdrawal.
 *
 * <p>{@link org.regenpath.planning.TreatmentPlans} is the module's API: a draft may be started only for a patient
 * whose current candidacy decision (intake module) is ELIGIBLE; clinicians, coordinators and lab technicians of
 * the patient's clinic read plans, clinicians and coordinators edit drafts, only clinicians approve. Every access
 * and refusal is audited. Clinicians and coordinators view consents and record withdrawals; only clinicians obtain
 * (countersign) consent. Owns the tables {@code planning_plan}, {@code planning_plan_version},
 * {@code planning_consent}, {@code planning_consent_signature} and {@code planning_consent_withdrawal} (the last
 * three append-only); publishes {@link org.regenpath.planning.PlanApproved}, which carries the planned dates.
 * {@link org.regenpath.planning.PlanLookup} gives the procedure module's day list the procedures approved plans
 * plan for a range of days, and {@code PlanningChartFacts} the chart overview its plan and consent facts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Treatment planning",
        allowedDependencies = {"shared", "audit", "identity", "patient", "intake"})
package org.regenpath.planning;
