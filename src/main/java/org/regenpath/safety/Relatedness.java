package org.regenpath.safety;

/**
 * How likely the clinician judges it that an adverse event was caused by a part of the treatment (the harvest, the
 * injection or the product, each judged on its own): the five-step scale commonly used in clinical trial safety
 * reporting.
 */
public enum Relatedness {
    UNRELATED("Unrelated"),
    UNLIKELY("Unlikely"),
    POSSIBLE("Possible"),
    PROBABLE("Probable"),
    DEFINITE("Definite");

    private final String label;

    Relatedness(String label) {
        this.label = label;
    }

    /** The judgement in words. */
    public String label() {
        return label;
    }

    /** Possible, probable or definite: what reporting rules call "at least possibly related". */
    public boolean atLeastPossible() {
        return compareTo(POSSIBLE) >= 0;
    }
}
