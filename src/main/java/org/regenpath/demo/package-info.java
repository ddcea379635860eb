/**
 * Demo data: two clinics, one user per role in each, and a dozen fictional patients per clinic with pain
 * profiles spanning the conditions Regenpath covers, and, for the first clinic only, demo shelf life and
 * release criteria for bone marrow concentrate (labelled as demo values) so a product can be collected.
 *
 * <p>Two of the first clinic's patients go further ({@link org.regenpath.demo.DemoStories}): Daniel Reyes is treated
 * (candidacy decision, approved plan with signed consent, baseline questionnaires, bone marrow concentrate
 * collected, processed, QC-tested, released by a second person and injected at the bedside, procedure recorded,
 * follow-ups dated, his day-2 checklist answered by phone: injection-site swelling, mild) and Thomas Okafor has an
 * approved plan with his baseline questionnaires due. All of it happens
 * on the day the demo loads, in the demo staff's names and on the application's clock; nothing is back-dated, so
 * the follow-ups come due as real days pass. Margaret Ellison and the other patients are left for walking through
 * by hand.
 *
 * <p>On by default with the embedded database, off with PostgreSQL unless {@code regenpath.demo.enabled=true}.
 * Goes through the other modules' public APIs only, so demo records are validated and audited like any other.
 * Loads once: a clinic that has patients gets none, and stories run only for patients registered in the same
 * start. The clinics and users load while the application starts; the patients and stories in the background
 * right after, and {@link org.regenpath.demo.DemoLoading} (public) says when they are done
 * (docs/decisions/0037). Owns no tables.
 *
 * <p>On the first start it then generates, still in the background, a treatment history for each demo clinic
 * ({@link org.regenpath.demo.DemoHistory}, {@code regenpath.demo.history.patients}, default 300): fictional patients
 * treated over the past two years, down the same treatment path, with the past entered as late entries (the time a
 * step happened, the day a questionnaire was answered) and their names and record numbers marked as generated, so
 * the registry has figures to show (docs/decisions/0051). Repeatable from its seed ({@code HistoryPlan}).
 *
 * <p>Its other public API, {@link org.regenpath.demo.TreatmentPaths}, takes a patient down the treatment path step
 * by step through the modules' public services; the demo stories and the integration tests both build their
 * patients with it (docs/decisions/0036).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"shared", "identity", "instrument", "patient", "intake", "planning", "product",
                "procedure", "followup", "safety", "directory"})
package org.regenpath.demo;
