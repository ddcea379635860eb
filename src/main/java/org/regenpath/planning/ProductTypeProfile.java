package org.regenpath.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * What the rule data says about one product type: which cell sources it can be made from, the manipulation it
 * implies where FDA guidance is clear, whether its processing can keep it "such HCT/P" for the same surgical
 * procedure exception, and whether it is research-only.
 *
 * @param productType the product type
 * @param cellSources the sources it can be made from; other combinations are refused as input errors
 * @param impliedManipulation the manipulation the product type implies, or {@code null} when the guidance
 *     recorded here does not settle it and the clinician must declare it
 * @param remainsSuchHctp whether the processing keeps it "such HCT/P" (21 CFR 1271.15(b)), or {@code null}
 *     when the clinician must attest it
 * @param researchOnly why the product is research-only, or {@code null} when it is not
 * @param notAnHctp why the product may fall outside the HCT/P definition (21 CFR 1271.3(d)), or {@code null}
 * @param notes further statements a reviewer should see with the classification
 */
public record ProductTypeProfile(
        ProductType productType,
        Set<CellSource> cellSources,
        Derived<Manipulation> impliedManipulation,
        Derived<Boolean> remainsSuchHctp,
        Statement researchOnly,
        Derived<NotAnHctpBasis> notAnHctp,
        List<Statement> notes) {

    public ProductTypeProfile {
        Objects.requireNonNull(productType, "productType");
        cellSources = Set.copyOf(EnumSet.copyOf(cellSources));
        notes = List.copyOf(notes);
    }

    public boolean supports(CellSource source) {
        return cellSources.contains(source);
    }

    /** True when the product may be planned only within a clinical trial. */
    public boolean requiresTrial() {
        return researchOnly != null;
    }

    public Optional<Derived<Manipulation>> implied() {
        return Optional.ofNullable(impliedManipulation);
    }
}
