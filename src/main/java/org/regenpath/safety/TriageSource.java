package org.regenpath.safety;

/** What a triage item came from. */
public enum TriageSource {
    /** A problem the patient reported in the portal, or told the clinic and staff entered. */
    PROBLEM_REPORT,
    /** A reaction answered "yes" on a solicited checklist. */
    SOLICITED_REACTION
}
