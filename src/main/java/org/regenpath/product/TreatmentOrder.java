package org.regenpath.product;

import java.util.Objects;
import java.util.Set;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.shared.InjectionSite;

/**
 * What the patient's approved treatment plan allows at the bedside, read from the planning module: the injection
 * sites of the version in force, and whether the patient's consent to that version still stands. The bedside check
 * and {@link CellProduct#administer} both stop an injection outside it.
 *
 * @param sites the injection sites of the version in force; empty when no version is approved
 * @param consent the patient's consent to the version in force
 */
public record TreatmentOrder(Set<InjectionSite> sites, ConsentInForce consent) {

    public TreatmentOrder {
        sites = Set.copyOf(sites);
        Objects.requireNonNull(consent, "consent");
    }
}
