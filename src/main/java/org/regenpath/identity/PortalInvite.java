package org.regenpath.identity;

import java.util.Objects;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * What the patient registry hands over to invite a patient it has already authorised the actor for.
 *
 * @param patientId the patient
 * @param clinicId the patient's clinic
 * @param email the e-mail address on record; becomes the login name
 * @param givenName for the greeting, the only personal detail the e-mail carries
 */
public record PortalInvite(PatientId patientId, ClinicId clinicId, String email, String givenName) {

    public PortalInvite {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(givenName, "givenName");
    }
}
