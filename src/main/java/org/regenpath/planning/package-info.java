/**
 * Treatment planning: the versioned treatment plan for a patient whose candidacy allows it, and the regulatory
 * pathway engine that classifies each plan under 21 CFR Part 1271 as the same-surgical-procedure exception
 * (1271.15(b)), a 361 HCT/P (1271.10(a)) or a 351 biological product that needs an IND or a BLA.
 *
 * <p>The pathway rules are data ({@code clinical/regulatory/hctp-pathway-rules.json}), each rule citing its CFR
 * section or FDA guidance passage, so that a regulatory adviser can review them without reading code.
 * {@link org.regenpath.planning.RegulatoryClassifier} applies them; {@link org.regenpath.planning.ApprovalGuard}
 * refuses to approve a 351 plan without an IND number and an IRB approval on record, and a research-only product
 * without a trial. {@link org.regenpath.planning.TreatmentPlan} keeps every version: an approved version is never
 * changed, and editing it starts a new draft.
 *
 * <p>{@link org.regenpath.planning.TreatmentPlans} is the module's API: a draft may be started only for a patient
 * whose current candidacy decision (intake module) is ELIGIBLE; clinicians, coordinators and lab technicians of
 * the patient's clinic read plans, clinicians and coordinators edit drafts, only clinicians approve. Every access
 * and refusal is audited. Owns the tables {@code planning_plan} and {@code planning_plan_version}; publishes
 * {@link org.regenpath.planning.PlanApproved}. To come: the consent document and its signatures (21 CFR 11.50,
 * 11.200).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Treatment planning",
        allowedDependencies = {"shared", "audit", "identity", "patient", "intake"})
package org.regenpath.planning;
