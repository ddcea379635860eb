package org.regenpath.followup;

/**
 * Why a patient's baseline questionnaires were not collected before the procedure, as the care team records it
 * (decision 0029). The list is clinic policy, kept short so the registry can count treatments without a baseline
 * by reason; {@link #OTHER} needs a note.
 */
public enum BaselineReason {
    PROCEDURE_MOVED_EARLIER("The procedure was moved earlier, before the patient could answer"),
    PATIENT_DECLINED("The patient declined to answer"),
    PATIENT_UNABLE("The patient could not answer (language, reading, health)"),
    NO_WAY_TO_REACH("The patient has no portal account or e-mail and could not be asked in person"),
    NOT_SENT_IN_TIME("The clinic did not send or follow up the questionnaires in time"),
    OTHER("Other (say why in the note)");

    private final String label;

    BaselineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
