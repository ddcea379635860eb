package org.regenpath.safety;

/** Where a triage item stands: open until a clinician decides, then exactly one of the three decisions. */
public enum TriageState {
    OPEN,
    /** Confirmed as a new adverse event, graded by the clinician. */
    CONFIRMED,
    /** Linked to an adverse event already recorded. */
    LINKED,
    /** Dismissed with a reason. */
    DISMISSED
}
