package org.regenpath.followup;

/**
 * How bad a reported problem is, in the patient's words: the severity item of the NCI's Patient-Reported Outcomes
 * version of the CTCAE (PRO-CTCAE, https://healthcaredelivery.cancer.gov/pro-ctcae/), without its "None", since
 * a patient reporting a problem has one. It is the patient's own rating, not a clinician's grading.
 */
public enum ProblemSeverity {
    MILD("Mild"),
    MODERATE("Moderate"),
    SEVERE("Severe"),
    VERY_SEVERE("Very severe");

    private final String label;

    ProblemSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
