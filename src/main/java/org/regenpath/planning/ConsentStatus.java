package org.regenpath.planning;

/** Where the consent to a plan version stands, as approval and the plan page see it. */
public enum ConsentStatus {
    NOT_SIGNED("Not signed"),
    INCOMPLETE("Signature missing"),
    VALID("Signed"),
    CHANGED_SINCE_SIGNING("Plan changed since signing"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
