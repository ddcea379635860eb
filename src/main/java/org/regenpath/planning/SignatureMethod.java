package org.regenpath.planning;

/**
 * How a consent signature was made. Patients have no accounts yet, so they sign by typing their name on the
 * clinic's device, witnessed by the clinician's electronic signature; a signature from the patient's own portal
 * account can be added as a further method without changing the records (decision 0012).
 */
public enum SignatureMethod {
    /** The patient typed their full name (matching the registry) and ticked "I have read and understood". */
    TYPED_NAME("Full name typed by the patient on the clinic's device, witnessed by the clinician"),
    /** The signer re-entered their e-mail and password at signing: two components, 21 CFR 11.200(a)(1). */
    PASSWORD("E-mail and password re-entered at signing (21 CFR 11.200(a)(1))");

    private final String label;

    SignatureMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
