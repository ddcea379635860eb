package org.regenpath.intake;

/** The groups chronic pain conditions are sorted into on pages and in the catalog. */
public enum ConditionCategory {
    MUSCULOSKELETAL("Musculoskeletal"),
    SPINAL("Spinal"),
    NEUROPATHIC("Neuropathic"),
    INFLAMMATORY("Inflammatory and autoimmune");

    private final String label;

    ConditionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
