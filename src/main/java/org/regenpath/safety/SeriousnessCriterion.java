package org.regenpath.safety;

/**
 * The criteria that make an adverse event serious, as ICH E2A defines them (as reproduced by pharmacovigilance
 * glossaries, e.g. https://learning.eupati.eu/mod/glossary/showentry.php?eid=321): an untoward medical occurrence that results in death, is
 * life-threatening, requires inpatient hospitalisation or prolongs it, results in persistent or significant
 * disability or incapacity, is a congenital anomaly or birth defect, or is an important medical event. Seriousness
 * is about the outcome and is kept apart from the CTCAE grade, which is about intensity: a grade 2 event can be
 * serious and a grade 3 one not.
 *
 * <p>The constant names are stored, so they never change; the labels may.
 */
public enum SeriousnessCriterion {
    DEATH("Results in death"),
    /** The patient was at risk of death at the time of the event, not an event that might have caused death. */
    LIFE_THREATENING("Life-threatening"),
    HOSPITALISATION("Requires inpatient hospitalisation or prolongs an existing one"),
    DISABILITY("Results in persistent or significant disability or incapacity"),
    CONGENITAL_ANOMALY("Is a congenital anomaly or birth defect"),
    /** Medical judgement that the event may jeopardise the patient or need intervention to prevent the above. */
    IMPORTANT_MEDICAL_EVENT("Important medical event");

    private final String label;

    SeriousnessCriterion(String label) {
        this.label = label;
    }

    /** The criterion in words, for people. */
    public String label() {
        return label;
    }
}
