package org.regenpath.directory;

/** Who a listing is for: a clinic that runs on Regenpath, or a clinic or practitioner outside it. */
public enum ProviderKind {
    /** A clinic whose workspace is in Regenpath: its admin edits the listing, the workspace fills in what it knows. */
    REGENPATH_CLINIC("Clinic using Regenpath"),
    OUTSIDE_CLINIC("Clinic"),
    PRACTITIONER("Practitioner");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
