package org.regenpath.patient;

/** The orders the patient list offers; each ends with the id so that paging never skips or repeats a patient. */
public enum PatientSort {
    NAME("Name", "lower(family_name) %1$s, lower(given_name) %1$s, id %1$s"),
    MRN("MRN", "lower(mrn) %1$s, id %1$s"),
    BORN("Date of birth", "date_of_birth %1$s, id %1$s"),
    REGISTERED("Registered", "created_at %1$s, id %1$s");

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

    /** The sort named by {@code key} ({@code name}, {@code mrn}, {@code born}, {@code registered}), or null. */
    public static PatientSort ofKey(String key) {
        for (PatientSort s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }

    String orderBy(boolean descending) {
        return orderBy.formatted(descending ? "desc" : "asc");
    }
}
