package org.regenpath.safety;

/**
 * How likely the clinician judges it that a procedure or product caused an adverse event, on the five-step scale
 * the issue names. {@link #POSSIBLE} and above are a "reasonable possibility" of a causal relationship, which is
 * what makes an adverse event a suspected adverse reaction under 21 CFR 312.32(a) and an adverse reaction under
 * 21 CFR 1271.3(y); {@link #UNRELATED} and {@link #UNLIKELY} are not.
 *
 * <p>The constant names are stored, so they never change; the labels may.
 */
public enum Relatedness {
    UNRELATED("Unrelated"),
    UNLIKELY("Unlikely to be related"),
    POSSIBLE("Possibly related"),
    PROBABLE("Probably related"),
    DEFINITE("Definitely related");

    private final String label;

    Relatedness(String label) {
        this.label = label;
    }

    /** The judgement in words, for people. */
    public String label() {
        return label;
    }

    /** Possible, probable or definite: what reporting rules call "at least possibly related". */
    public boolean atLeastPossible() {
        return compareTo(POSSIBLE) >= 0;
    }
}
