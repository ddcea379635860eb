package org.regenpath.intake;

import java.util.Collection;

/**
 * The result of a screening rule, of a whole evaluation, or of a clinician's decision; worst is last.
 * {@link #TRIAL_ONLY} means the condition should be treated only within a clinical trial (ISSCR Guidelines for Stem
 * Cell Research and Clinical Translation, 2021): it outranks a review because no review makes an unproven
 * intervention proven, and it ranks below an exclusion, which applies inside a trial too.
 */
public enum Outcome {
    ELIGIBLE("ELIGIBLE"),
    NEEDS_REVIEW("NEEDS REVIEW"),
    TRIAL_ONLY("TRIAL ONLY"),
    NOT_ELIGIBLE("NOT ELIGIBLE");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worst of the outcomes (NOT_ELIGIBLE over TRIAL_ONLY over NEEDS_REVIEW over ELIGIBLE); ELIGIBLE when there are none. */
    public static Outcome worst(Collection<Outcome> outcomes) {
        Outcome worst = ELIGIBLE;
        for (Outcome o : outcomes) {
            if (o.ordinal() > worst.ordinal()) {
                worst = o;
            }
        }
        return worst;
    }
}
