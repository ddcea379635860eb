package org.regenpath.intake;

/** Kinds of treatment a patient may already have tried for a pain condition. */
public enum TreatmentCategory {
    NSAID("NSAID"),
    OTHER_ANALGESIC("Other analgesic"),
    OPIOID("Opioid"),
    PHYSICAL_THERAPY("Physical therapy"),
    NERVE_BLOCK("Nerve block"),
    STEROID_INJECTION("Steroid injection"),
    SURGERY("Surgery"),
    OTHER("Other");

    private final String label;

    TreatmentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
