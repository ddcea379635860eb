package org.regenpath.safety;

/** Which part of the body a checklist item asks about. */
public enum ChecklistSite {
    /** The injected joint, tendon or disc and the skin over it. */
    INJECTION("Injection site"),
    /** Where the cells were taken from the patient (bone marrow or fat harvest). */
    HARVEST("Harvest site"),
    /** The whole body (fever, nausea, belly pain). */
    WHOLE_BODY("Whole body");

    private final String label;

    ChecklistSite(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
