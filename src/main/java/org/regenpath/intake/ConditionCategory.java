package org.regenpath.intake;

/** The groups the seeds sort chronic pain conditions into. */
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
