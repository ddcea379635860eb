package org.regenpath.directory;

/**
 * What a listing may claim, each of which a directory editor checks against its public register before the claim
 * counts as verified.
 */
public enum ClaimKind {
    /**
     * FDA registration of the establishment that makes human cells, tissues, and cellular and tissue-based products
     * (21 CFR 1271 subpart B), identified by its FEI number ({@link FeiNumber}).
     */
    FDA_HCTP_REGISTRATION("FDA HCT/P establishment registration"),
    /** An investigational new drug application (21 CFR 312) under which a product is given in a trial. */
    IND("FDA investigational new drug application (IND)"),
    /** Foundation for the Accreditation of Cellular Therapy. */
    FACT_ACCREDITATION("FACT accreditation"),
    /** AABB (formerly the American Association of Blood Banks) accreditation. */
    AABB_ACCREDITATION("AABB accreditation"),
    /** A physician's certification by a specialty board. */
    BOARD_CERTIFICATION("Board certification");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
