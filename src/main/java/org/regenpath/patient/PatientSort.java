package org.regenpath.patient;

/**
 * The orders the patient list offers; each ends with the id so that paging never skips or repeats a patient. The
 * first four are SQL orders over the patient table; stage, condition and next due day are known only to other modules
 * (through {@link PatientProgressSource}), so the registry sorts by them in memory, by name within a tie.
 */
public enum PatientSort {
    NAME("Name", "lower(family_name) %1$s, lower(given_name) %1$s, id %1$s"),
    MRN("MRN", "lower(mrn) %1$s, id %1$s"),
    BORN("Date of birth", "date_of_birth %1$s, id %1$s"),
    REGISTERED("Registered", "created_at %1$s, id %1$s"),
    STAGE("Where they stand", null),
    CONDITION("Condition", null),
    DUE("Next due", null);

    private final String label;
    private final String orderBy;

    PatientSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    /** The lower-case key used in links ({@code ?sort=born}). */
    public String key() {
        return name().toLowerCase();
    }

    /** The sort named by {@code key} ({@code name}, {@code mrn}, {@code born}, {@code registered},
     * {@code stage}, {@code condition}, {@code due}), or null. */
    public static PatientSort ofKey(String key) {
        for (PatientSort s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** Whether the order is by where patients stand, which the patient table does not hold. */
    public boolean byProgress() {
        return orderBy == null;
    }

    /** The order in SQL; an order {@link #byProgress() by progress} is by name here and sorted again in memory. */
    String orderBy(boolean descending) {
        return byProgress() ? NAME.orderBy(false) : orderBy.formatted(descending ? "desc" : "asc");
    }
}
