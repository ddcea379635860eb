/**
 * Cell product: the chain of identity and custody of every cell product from harvest to injection or disposal.
 *
 * <p>A {@link org.regenpath.product.CellProduct} gets a distinct identifier with no PHI in it at collection
 * (21 CFR 1271.290(c)) from a pluggable {@link org.regenpath.product.IdentifierScheme}: Regenpath's own
 * ({@link org.regenpath.product.RegenpathIdScheme}) or a licensed site's ISBT 128 DIN
 * ({@link org.regenpath.product.IsbtDinScheme}), both checked with ISO/IEC 7064 Mod 37-2
 * ({@link org.regenpath.product.Iso7064Mod37_2}). The product guards its transitions, appends an immutable
 * {@link org.regenpath.product.CustodyEvent} for every step, is released only against the clinic's own QC criteria
 * ({@link org.regenpath.product.ProductSettings}) by a second person, and is injected only after the
 * {@link org.regenpath.product.BedsideCheck} passes: right patient, released, in date, not given before, a planned
 * site not yet injected under the plan version in force, no more than its planned volume, the patient's consent to
 * the plan still in force, a second person confirming.
 *
 * <p>{@link org.regenpath.product.ChainOfCustody} is the module's API: a product is collected only for a patient's
 * approved treatment plan (read through the planning module's API), by a lab technician or clinician of the
 * patient's clinic; coordinators also read. Nothing is collected or released under a plan whose consent the
 * patient withdrew (read through planning's {@code ConsentLookup}); the lab board and product page warn. Release
 * criteria and shelf life come from
 * {@link org.regenpath.product.ClinicProductSettings}: the shipped file, overridden per clinic by its clinic admin.
 * Owns the tables {@code product_product}, {@code product_custody_event} (the application only inserts) and
 * {@code product_settings}; publishes {@link org.regenpath.product.ProductReleased}. {@link
 * org.regenpath.product.Bedside} runs the bedside check for a clinician with a colleague confirming by their own
 * password (identity's {@code SecondPerson}), records every attempt, passed or refused for any reason, in
 * {@code product_bedside_attempt}, counts each injection against its plan version in {@code product_plan_injection}
 * and publishes
 * {@link org.regenpath.product.ProductAdministered}. {@link org.regenpath.product.Labels} prints the product label
 * and the patient's wristband as PDF, with barcodes of exactly what the bedside screen reads, and audits every print.
 * {@link org.regenpath.product.ProductAdverseEvents} shows the adverse events linked to a product to whoever may read
 * it, through the {@link org.regenpath.product.ProductEvents} port the safety module implements (absent without it):
 * no patient identity and no free text, so the lab reads them too (decision 0046).
 * {@link org.regenpath.product.ProductLookup} lets the trace module read products for recalls (it authorises and
 * audits on its own). {@link org.regenpath.product.CollectionWorklist} is the lab's worklist: the approved plans
 * waiting for collection, kept in {@code product_approved_plan} from planning's
 * {@link org.regenpath.planning.PlanApproved} event (decision 0027), never from planning's tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cell product",
        allowedDependencies = {"shared", "audit", "identity", "patient", "planning"})
package org.regenpath.product;
