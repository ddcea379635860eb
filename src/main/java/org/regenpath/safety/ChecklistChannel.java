package org.regenpath.safety;

/** How a checklist's answers reached the clinic. */
public enum ChecklistChannel {
    /** The patient answered in the portal. */
    PORTAL("Answered by the patient in the portal"),
    /** The patient told a clinician or coordinator on a call, who entered the answers. */
    PHONE("Told by phone, entered by the care team");

    private final String label;

    ChecklistChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
