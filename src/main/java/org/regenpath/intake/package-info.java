/**
 * Intake: the patient's chronic pain profile and the candidacy screening that decides whether regenerative
 * therapy may be offered.
 *
 * <p>The <b>pain profile</b> lists each pain condition (a condition of the {@link
 * org.regenpath.intake.ConditionCatalog}, its ICD-10-CM FY2026 code, body site, side, onset, baseline pain on the
 * 0-10 numeric rating scale, Kellgren-Lawrence grade for osteoarthritis) with the treatments already tried and
 * how they worked, and a <b>health screen</b> of the comorbidities and medicines screening needs. Chronic means
 * pain for three months or more (IASP / ICD-11 MG30, Treede et al., Pain 2019;160:19-27).
 *
 * <p><b>Candidacy screening</b> evaluates a versioned rule set kept as data
 * ({@code clinical/screening/candidacy-rules.json}); every rule names its public source. A clinician then records
 * the decision; deciding other than the evaluation is an override and needs a written reason. Outcomes are
 * ELIGIBLE, NEEDS_REVIEW, TRIAL_ONLY (very low evidence, or a condition the ISSCR guidelines point to clinical
 * trials) and NOT_ELIGIBLE. Thresholds no guideline sets are the clinic's policy ({@link
 * org.regenpath.intake.ClinicScreeningPolicies}): defaults in the rule set file, a clinic's own versions recorded
 * by its admin, the version kept with each decision.
 *
 * <p>Owns the tables {@code intake_pain_condition}, {@code intake_treatment}, {@code intake_health_screen},
 * {@code intake_health_answer}, {@code intake_candidacy_decision} and {@code intake_clinic_policy}. Publishes
 * {@link org.regenpath.intake.CandidacyDecided}. Clinicians and coordinators of the patient's clinic read and
 * write the profile and read the screening; only clinicians record decisions; every other role is refused and
 * every access is audited.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"shared", "audit", "identity", "patient"})
package org.regenpath.intake;
