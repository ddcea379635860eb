package org.regenpath.intake;

/**
 * Kinds of treatment a patient may already have tried for a pain condition. Therapeutic exercise and weight
 * management are their own kinds because they are the core treatments of NICE NG226 (Osteoarthritis in over 16s:
 * diagnosis and management, 2022, https://www.nice.org.uk/guidance/ng226).
 */
public enum TreatmentCategory {
    NSAID("NSAID"),
    TOPICAL_NSAID("Topical NSAID"),
    OTHER_ANALGESIC("Other analgesic"),
    OPIOID("Opioid"),
    PHYSICAL_THERAPY("Physical therapy"),
    EXERCISE("Therapeutic exercise"),
    WEIGHT_MANAGEMENT("Weight management"),
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

    /** Whether the treatment is an injection, which may name the site injected. */
    public boolean injection() {
        return this == STEROID_INJECTION || this == NERVE_BLOCK;
    }

    /** Whether screening needs the date and site: a corticosteroid at the target site delays cell therapy. */
    public boolean needsDateAndSite() {
        return this == STEROID_INJECTION;
    }
}
