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
 * <p>This is the pure domain core: no Spring beans and no tables yet. To come: the tables
 * {@code planning_plan} and {@code planning_plan_version}, the consent document and its signatures (21 CFR 11.50,
 * 11.200), and the event {@code PlanApproved}, which the product and procedure modules will listen to.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Treatment planning",
        allowedDependencies = {"shared"})
package org.regenpath.planning;
