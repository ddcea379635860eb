package org.regenpath.instrument;

/** The FHIR Questionnaire item types the instruments use. */
public enum ItemType {
    /** A heading with nested items (a KOOS subscale, a stem shared by several questions). */
    GROUP,
    /** Text shown to the patient, not answered (instructions). */
    DISPLAY,
    /** A question answered by choosing one of its {@link AnswerOption}s. */
    CHOICE
}
