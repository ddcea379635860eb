package org.regenpath.planning;

import org.regenpath.identity.Reauthentication;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Checks the two components of the clinician's countersignature (21 CFR 11.200(a)(1)): their e-mail, which must
 * be the signed-in account's, and their password, re-entered at signing and checked by identity's
 * {@link Reauthentication}: a wrong password counts towards the account's lockout like a failed sign-in and is
 * audited, both surviving the refused request's rollback.
 */
@Component
class Countersignature {

    static final String WRONG = Reauthentication.WRONG;

    private final Reauthentication reauthentication;

    Countersignature(Reauthentication reauthentication) {
        this.reauthentication = reauthentication;
    }

    /**
     * @return the signer as their account names them
     * @throws InvalidInput on {@code clinicianEmail} when the e-mail is not the signed-in user's, on
     *     {@code clinicianPassword} when the password is not theirs
     */
    StaffMember confirm(Actor actor, String email, String password) {
        if (email == null || !email.strip().equalsIgnoreCase(actor.username())) {
            throw InvalidInput.of("clinicianEmail", "Countersign with your own e-mail and password.");
        }
        return reauthentication.confirm(actor, password, "clinicianPassword");
    }
}
