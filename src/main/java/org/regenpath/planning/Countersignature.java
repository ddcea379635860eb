package org.regenpath.planning;

import org.regenpath.identity.SecondPerson;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Checks the two components of the clinician's countersignature (21 CFR 11.200(a)(1)): their e-mail and their
 * password, re-entered at signing. The password check is the identity module's public one, {@link SecondPerson}:
 * a wrong password counts towards the account's lockout like a failed sign-in and is audited, both surviving the
 * refused request's rollback. {@code SecondPerson} checks a colleague and refuses the signed-in user, while here
 * the signed-in clinician countersigns; so it is asked on behalf of the session without its account id, and the
 * account it confirms must then be the signed-in one (decision 0012 asks identity for a re-authentication API).
 */
@Component
class Countersignature {

    static final String WRONG = "The password is wrong, or your account is locked after repeated failures."
            + " Re-enter the password you sign in with; failed attempts count towards locking your account, as"
            + " at sign-in.";

    private final SecondPerson secondPerson;

    Countersignature(SecondPerson secondPerson) {
        this.secondPerson = secondPerson;
    }

    /**
     * @return the signer as their account names them
     * @throws InvalidInput on {@code clinicianPassword} when the credentials are not the signed-in user's
     */
    StaffMember confirm(Actor actor, String email, String password) {
        Actor session = new Actor(null, actor.username(), actor.role(), actor.clinicId(), null, actor.address());
        StaffMember signer;
        try {
            signer = secondPerson.confirm(session, email, password);
        } catch (InvalidInput e) {
            throw InvalidInput.of("clinicianPassword", WRONG);
        }
        if (actor.userId() == null || !signer.userId().equals(actor.userId())) {
            throw InvalidInput.of("clinicianEmail", "Countersign with your own e-mail and password.");
        }
        return signer;
    }
}
