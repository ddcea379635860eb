/**
 * Registry: what happened to every treated patient, as figures a clinic can defend (the outcomes registry). Keeps
 * its own read model, fed by events and rebuilt on demand from the source modules' Lookups, and never reads another
 * module's tables (decision 0042): {@link org.regenpath.registry.RegistryTreatment} per recorded procedure (from
 * {@code procedure.ProcedureCompleted}, with the product's cell source and type through
 * {@code product.ProductLookup} and the treated condition through {@code planning.PlanLookup} and
 * {@code intake.IntakeLookup}) and {@link org.regenpath.registry.RegistryResponse} per scored questionnaire (from
 * {@code followup.QuestionnaireCompleted}, its scores through {@code followup.FollowupLookup}). A redelivered event
 * writes nothing new; {@link org.regenpath.registry.RegistryRebuild} rebuilds a clinic's rows and gives exactly the
 * rows the live feed gives. {@link org.regenpath.registry.ResponderRates} counts responders at each time point with
 * three denominators side by side (decision 0043); {@link org.regenpath.registry.RegistryFigures} serves them, aggregate
 * only, to the clinicians and researchers of one clinic, audited ({@code GET /api/registry/responders}, and the
 * dashboard page {@code /registry}, where researchers land after sign-in). Every figure goes through
 * {@link org.regenpath.registry.SmallCells} (decision 0049): inside the clinic whole and marked as a small sample under
 * 11 patients; wherever it leaves the clinic (the directory, comparisons, exports) a count of 1 to 10 is suppressed.
 * {@link org.regenpath.registry.ResearchExport} writes the clinic's rows de-identified by the HIPAA Safe Harbor
 * method for its researchers and clinic admins, as CSV with a data dictionary and as FHIR R4 NDJSON, each export
 * audited with its counts (decision 0050); it reads demographics through {@code patient.PatientLookup} and dose
 * figures through {@code product.ProductLookup}, and keeps none of the 18 identifiers.
 * {@code RegistryFigures} also serves OMERACT-OARSI responders ({@link org.regenpath.registry.OmeractOarsi}), trajectories
 * ({@link org.regenpath.registry.CohortTrajectories}) and Kaplan–Meier curves of response
 * ({@link org.regenpath.registry.ResponseSurvival}) as JSON (decision 0048; the small-cell marks are not yet applied to them).
 *
 * <p>Owns the tables {@code registry_treatment}, {@code registry_response}, {@code registry_response_score} and
 * {@code registry_export_key} (each clinic's date-shift secret, append-only).
 * Listens to {@code ProcedureCompleted} and {@code QuestionnaireCompleted}; publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"shared", "shared::stats", "instrument", "audit", "identity", "intake", "planning",
                "product", "procedure", "followup", "patient"})
package org.regenpath.registry;
