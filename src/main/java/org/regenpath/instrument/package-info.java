/**
 * Instruments: the patient-reported outcome questionnaires as data, and their validated scoring.
 *
 * <p>Each instrument is a FHIR R4 Questionnaire JSON file under {@code clinical/questionnaires/}; each names its
 * source, its licence and its scoring rule. {@link org.regenpath.instrument.InstrumentCatalog} reads and checks
 * them all at start and scores a set of answers. Where a licence does not allow the item wording to be
 * redistributed (ODI v2.1a, NDI), only the structure and the scoring ship, and a clinic installs its licensed
 * wording from a folder of its own. {@link org.regenpath.instrument.Responders} decides a follow-up score's
 * responder status against baseline (IMMPACT percentages, the instrument's MCID) on exact fractions
 * ({@link org.regenpath.instrument.ExactScore}). {@link org.regenpath.instrument.Json} is the strict reader of
 * clinical data files, which names the file and the field of every problem.
 *
 * <p>Plain classes: no beans, no tables, no events. The follow-up module makes the catalog a bean, with the folder
 * of licensed wording from its configuration ({@code regenpath.followup.licensed-text-dir}); the outcomes registry
 * will read the same bean. Depends on {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruments", allowedDependencies = "shared")
package org.regenpath.instrument;
