package org.regenpath.safety;

/**
 * What makes an adverse event serious, by the ICH E2A definition (as reproduced by pharmacovigilance glossaries,
 * e.g. https://learning.eupati.eu/mod/glossary/showentry.php?eid=321). Seriousness is not severity: it is kept apart
 * from the CTCAE grade, and an event with none of these is not serious whatever its grade.
 */
public enum SeriousnessCriterion {
    DEATH("Resulted in death"),
    LIFE_THREATENING("Life-threatening at the time of the event"),
    HOSPITALISATION("Required inpatient hospitalisation or prolonged it"),
    DISABILITY("Persistent or significant disability or incapacity"),
    CONGENITAL_ANOMALY("Congenital anomaly or birth defect"),
    IMPORTANT_MEDICAL_EVENT("Important medical event (may jeopardise the patient or need intervention)");

    private final String label;

    SeriousnessCriterion(String label) {
        this.label = label;
    }

    /** The criterion in words. */
    public String label() {
        return label;
    }
}
