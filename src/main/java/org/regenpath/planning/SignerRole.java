package org.regenpath.planning;

/**
 * Who signs a consent, and what their signature means (21 CFR 11.50(a)(3)): the patient gives consent; the
 * clinician who explained the document obtains it, and their signature also witnesses the patient's.
 */
public enum SignerRole {
    PATIENT("Consent given"),
    CLINICIAN("Consent obtained and explained");

    private final String meaning;

    SignerRole(String meaning) {
        this.meaning = meaning;
    }

    /** The meaning shown with the signature. */
    public String meaning() {
        return meaning;
    }
}
