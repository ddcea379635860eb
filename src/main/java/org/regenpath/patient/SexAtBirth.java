package org.regenpath.patient;

/**
 * Sex assigned at birth, coded as in the US Core Birth Sex value set (F, M, UNK; HL7 US Core
 * {@code http://hl7.org/fhir/us/core/ValueSet/birthsex}).
 */
public enum SexAtBirth {
    F("Female"),
    M("Male"),
    UNK("Unknown");

    private final String label;

    SexAtBirth(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
