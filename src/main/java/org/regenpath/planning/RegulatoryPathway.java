package org.regenpath.planning;

/**
 * The ways US law can treat what a clinic injects, and what each asks of the clinic. The order is the order in
 * which they are tried: a product outside the HCT/P definition is outside Part 1271 altogether; an HCT/P within
 * the same surgical procedure exception is excepted from it; otherwise it is a 361 HCT/P if it meets every
 * criterion of 1271.10(a), and a drug, device and/or biological product if it does not.
 *
 * <p>The constant names are stored with approved plan versions, so they never change; the labels may.
 */
public enum RegulatoryPathway {
    /**
     * 21 CFR 1271.3(d): not an HCT/P at all, e.g. blood components such as platelet-rich plasma ((d)(2)) or
     * minimally manipulated bone marrow for homologous use, not combined with another article ((d)(4)). Part 1271
     * does not apply; which basis applies is in the classification's reasons.
     */
    NOT_AN_HCTP("Not an HCT/P (21 CFR 1271.3(d))", false, false),
    /**
     * 21 CFR 1271.15(b): an establishment that removes HCT/Ps from an individual and implants such HCT/Ps into
     * the same individual during the same surgical procedure need not comply with Part 1271.
     */
    SAME_SURGICAL_PROCEDURE_EXCEPTION("Same surgical procedure exception (21 CFR 1271.15(b))", false, false),
    /**
     * 21 CFR 1271.10(a): regulated solely under section 361 of the PHS Act; the establishment registers and lists
     * the HCT/P (1271.10(b)) and complies with Part 1271, including donor eligibility for allogeneic products
     * (1271.45).
     */
    HCTP_361("361 HCT/P (21 CFR 1271.10(a))", false, true),
    /**
     * 21 CFR 1271.20: neither of the above, so regulated as a drug, device and/or biological product (section 351
     * of the PHS Act and the Federal Food, Drug, and Cosmetic Act). Clinical use needs the applicable premarket
     * route: an IND, IDE, BLA, 510(k) or PMA.
     */
    BIOLOGIC_351("Regulated as a drug, device and/or biological product (21 CFR 1271.20; \"351\"): IND, IDE,"
            + " BLA, 510(k) or PMA as applicable", true, false);

    private final String label;
    private final boolean needsIndOrBla;
    private final boolean needsRegistration;

    RegulatoryPathway(String label, boolean needsIndOrBla, boolean needsRegistration) {
        this.label = label;
        this.needsIndOrBla = needsIndOrBla;
        this.needsRegistration = needsRegistration;
    }

    public String label() {
        return label;
    }

    /**
     * True when the product may be used only under an investigational application or a marketing authorisation
     * (IND, IDE, BLA, 510(k) or PMA as applicable, 21 CFR 1271.20); outside a trial a clinic's route is an IND.
     */
    public boolean needsIndOrBla() {
        return needsIndOrBla;
    }

    /** True when the product is a 361 HCT/P, whose establishment must register and list it (1271.10(b)). */
    public boolean needsRegistration() {
        return needsRegistration;
    }
}
