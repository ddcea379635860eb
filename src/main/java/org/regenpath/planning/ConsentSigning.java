package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * A consent signed on the clinic's tablet: the patient's part (their full name typed, "I have read and
 * understood" ticked) and the countersignature of the clinician who explained it (their e-mail and password
 * re-entered: two distinct components, 21 CFR 11.200(a)(1)), with the hash of the document they saw.
 *
 * @param patientTypedName the name the patient typed; must match the registry name, ignoring case and spacing
 * @param patientAcknowledged the patient ticked "I have read and understood"
 * @param clinicianEmail the countersigning clinician's e-mail (identification code); the signed-in clinician's
 * @param clinicianPassword their password, re-entered
 * @param documentSha256 the {@link RenderedConsent#sha256()} of the document shown while signing
 */
public record ConsentSigning(String patientTypedName, Boolean patientAcknowledged, String clinicianEmail,
        String clinicianPassword, String documentSha256) {

    static final int MAX_NAME = 254;

    @Override
    public String toString() {
        return "ConsentSigning[" + patientTypedName + ", acknowledged=" + patientAcknowledged + ", "
                + clinicianEmail + ", password hidden]";
    }

    /**
     * Checks the form: everything given, the typed name matching one of the patient's registered names, the
     * e-mail the signed-in clinician's.
     *
     * @throws InvalidInput naming every problem
     */
    void check(String givenName, String familyName, String signedInAs) {
        Map<String, String> errors = new LinkedHashMap<>();
        String typed = normalise(patientTypedName);
        if (typed.isEmpty()) {
            errors.put("patientTypedName", "The patient types their full name to sign");
        } else if (typed.length() > MAX_NAME) {
            errors.put("patientTypedName", "At most " + MAX_NAME + " characters");
        } else if (!typed.equals(normalise(givenName + " " + familyName))
                && !typed.equals(normalise(familyName + ", " + givenName))
                && !typed.equals(normalise(familyName + " " + givenName))) {
            errors.put("patientTypedName", "The typed name does not match the patient's registered name; the"
                    + " patient types their full name as registered (given and family name)");
        }
        if (!Boolean.TRUE.equals(patientAcknowledged)) {
            errors.put("patientAcknowledged", "The patient ticks \u201cI have read and understood\u201d to sign");
        }
        if (clinicianEmail == null || clinicianEmail.isBlank()) {
            errors.put("clinicianEmail", "Enter your e-mail to countersign");
        } else if (!clinicianEmail.strip().equalsIgnoreCase(signedInAs)) {
            errors.put("clinicianEmail", "Countersign with your own e-mail: you are signed in as " + signedInAs
                    + ". The clinician who obtained consent signs in and countersigns.");
        }
        if (clinicianPassword == null || clinicianPassword.isEmpty()) {
            errors.put("clinicianPassword", "Re-enter your password to countersign");
        }
        if (documentSha256 == null || documentSha256.isBlank()) {
            errors.put("documentSha256", "Send the sha256 of the consent document shown to the patient");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
