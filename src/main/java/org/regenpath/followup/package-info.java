/**
 * Follow-up: patient-reported outcome instruments as data, their validated scoring, responder status, the
 * default instrument set per condition and the default follow-up schedule templates.
 *
 * <p>Instruments are FHIR R4 Questionnaire JSON files under {@code clinical/questionnaires/}; each names its
 * source, its licence and its scoring rule. Where a licence does not allow the item wording to be
 * redistributed (ODI v2.1a, NDI), only the structure and the scoring ship, and a clinic installs its licensed
 * wording from a folder of its own ({@code regenpath.followup.licensed-text-dir}, see
 * {@link org.regenpath.followup.InstrumentCatalog}).
 *
 * <p>This part of the module is pure: no tables, no beans, no web. When persistence and the portal arrive the
 * module will own the tables {@code followup_schedule}, {@code followup_time_point} and
 * {@code followup_response} (each completed response stored as submitted, QuestionnaireResponse-shaped, with
 * its scores), will listen to {@code ProcedureCompleted}, and will publish {@code QuestionnaireCompleted}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Follow-up",
        allowedDependencies = {"shared", "patient", "identity"})
package org.regenpath.followup;
