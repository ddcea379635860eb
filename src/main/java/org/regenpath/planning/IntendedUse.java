package org.regenpath.planning;

/**
 * Whether the product performs the same basic function in the recipient as in the donor. Homologous use
 * (21 CFR 1271.3(c)) is repair, reconstruction, replacement or supplementation of the recipient's cells or
 * tissues with an HCT/P that performs the same basic function(s) in the recipient as in the donor; it is the
 * second criterion of 21 CFR 1271.10(a). The clinician declares it for the plan's indication.
 */
public enum IntendedUse {
    HOMOLOGOUS("Homologous use"),
    NON_HOMOLOGOUS("Non-homologous use");

    private final String label;

    IntendedUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
