package org.regenpath.instrument;

import java.util.Objects;

/**
 * A code from a code system, as FHIR's Coding: LOINC where the code was verified, otherwise the local
 * {@value #LOCAL_SYSTEM} system (and the instrument file says why).
 *
 * @param system the code system URI
 * @param code the code
 * @param display the human-readable name
 */
public record Coding(String system, String code, String display) {

    /** LOINC. */
    public static final String LOINC = "http://loinc.org";

    /** Regenpath's local code system, used where no verified standard code exists. */
    public static final String LOCAL_SYSTEM = "https://regenpath.org/fhir/CodeSystem/instrument";

    public Coding {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }

    /** True when the code is a LOINC code. */
    public boolean isLoinc() {
        return LOINC.equals(system);
    }
}
