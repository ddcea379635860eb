package org.regenpath.directory;

/**
 * What a provider offers for chronic pain. Stem cell therapy first (with its cell source and product type); the
 * other categories are the treatments people try before or beside it (the patient's path in the intake module:
 * analgesics aside, physical therapy, nerve blocks, steroid injections) and those of the alternative pain treatment
 * directory the project grew from (biofeedback, acupuncture, virtual pain consultations).
 */
public enum TreatmentCategory {
    STEM_CELL_THERAPY("Stem cell therapy"),
    PLATELET_RICH_PLASMA("Platelet-rich plasma (PRP)"),
    NERVE_BLOCK("Nerve blocks"),
    STEROID_INJECTION("Steroid injections"),
    PHYSICAL_THERAPY("Physical therapy"),
    BIOFEEDBACK("Biofeedback"),
    ACUPUNCTURE("Acupuncture"),
    PAIN_CONSULTATION("Pain consultation");

    private final String label;

    TreatmentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
