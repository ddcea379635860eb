package org.regenpath.planning;

/**
 * The three ways US law can treat a cell product a clinic uses, and what each asks of the clinic.
 */
public enum RegulatoryPathway {
    /**
     * 21 CFR 1271.15(b): an establishment that removes HCT/Ps from an individual and implants such HCT/Ps into
     * the same individual during the same surgical procedure need not comply with Part 1271.
     */
    SAME_SURGICAL_PROCEDURE_EXCEPTION("Same surgical procedure exception (21 CFR 1271.15(b))", false),
    /**
     * 21 CFR 1271.10(a): regulated solely under section 361 of the PHS Act; the establishment registers, lists the
     * HCT/P and complies with Part 1271 (tracking 1271.290, adverse reactions 1271.350).
     */
    HCTP_361("361 HCT/P (21 CFR 1271.10(a))", false),
    /**
     * Neither of the above: a drug or biological product under section 351 of the PHS Act. Clinical use needs an
     * investigational new drug application (IND, 21 CFR 312) or a licence (BLA).
     */
    BIOLOGIC_351("351 biological product: needs an IND or BLA", true);

    private final String label;
    private final boolean needsIndOrBla;

    RegulatoryPathway(String label, boolean needsIndOrBla) {
        this.label = label;
        this.needsIndOrBla = needsIndOrBla;
    }

    public String label() {
        return label;
    }

    /** True when the product may be used only under an IND or a BLA. */
    public boolean needsIndOrBla() {
        return needsIndOrBla;
    }
}
