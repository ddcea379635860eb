package org.regenpath.planning;

/**
 * Why a product falls outside the HCT/P definition of 21 CFR 1271.3(d). The rule data says which product type has
 * which basis and cites it; this type only says what each basis requires and what follows from it.
 */
public enum NotAnHctpBasis {
    /** 1271.3(d)(2): blood and blood components, e.g. platelet-rich plasma. Unconditional. */
    BLOOD_COMPONENT(false, RegulatoryPathway.NOT_AN_HCTP),
    /**
     * 1271.3(d)(4): bone marrow, but only when minimally manipulated, for homologous use and not combined with
     * another article; the NOT_AN_HCTP pathway's rules in the rule data check those conditions.
     */
    BONE_MARROW(true, RegulatoryPathway.NOT_AN_HCTP),
    /**
     * The product contains no cells or tissue (e.g. acellular amniotic fluid), so it is not an HCT/P; FDA
     * regulates such products as drugs and/or biological products, which is the 351 pathway's consequence.
     */
    ACELLULAR(false, RegulatoryPathway.BIOLOGIC_351);

    private final boolean conditional;
    private final RegulatoryPathway pathway;

    NotAnHctpBasis(boolean conditional, RegulatoryPathway pathway) {
        this.conditional = conditional;
        this.pathway = pathway;
    }

    /** True when the exclusion holds only if the NOT_AN_HCTP pathway's rules are met. */
    public boolean conditional() {
        return conditional;
    }

    /** The pathway that follows when the exclusion holds. */
    public RegulatoryPathway pathway() {
        return pathway;
    }
}
