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
 * site, a second person confirming.
 *
 * <p>This is the pure domain core: no Spring beans and no tables yet. To come: the tables {@code product_product}
 * and {@code product_custody_event} (append-only, like the audit trail), labels, and the events
 * {@code ProductReleased} and {@code ProductAdministered}, which the procedure module will listen to.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cell product",
        allowedDependencies = {"shared"})
package org.regenpath.product;
