package org.regenpath.planning;

/**
 * Where a plan version stands. Only a draft may change; an approved version is the plan in force until a newer
 * version is approved, which makes it superseded. Approved and superseded versions are never changed.
 */
public enum PlanStatus {
    DRAFT("Draft"),
    APPROVED("Approved"),
    SUPERSEDED("Superseded");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    /** The status in words, as pages and the printed consent show it. */
    public String label() {
        return label;
    }
}
