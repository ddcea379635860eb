package org.regenpath.identity;

/** Where a patient stands with the patient portal, as the chart shows it. */
public enum PortalStatus {
    NOT_INVITED("Not invited"),
    INVITED("Invited"),
    INVITATION_EXPIRED("Invitation expired"),
    ACTIVE("Active");

    private final String label;

    PortalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
