/**
 * Identity: clinics (the tenants), staff accounts and their roles, patient portal accounts, sign-in and the
 * security configuration.
 *
 * <p>Owns the tables {@code identity_clinic}, {@code identity_user} (staff), {@code identity_patient_account}
 * and {@code identity_portal_invitation}. Other modules learn who is acting from
 * {@link org.regenpath.identity.CurrentActor}; clinic admins manage their clinic's staff accounts through
 * {@link org.regenpath.identity.UserAccounts}. Passwords are Argon2 hashes; repeated failed sign-ins lock the
 * account and throttle the address; sessions time out when idle (OWASP ASVS 2.2.1, 2.4, 3.3.2).
 * {@link org.regenpath.identity.SecondPerson} checks a colleague's own credentials where a step needs a second
 * person (the bedside check); a wrong password counts towards that colleague's lockout and is audited.
 * {@link org.regenpath.identity.Reauthentication} re-authenticates the signed-in person by their password before
 * they sign a record (21 CFR 11.200(a)(1)), under the same lockout and audit.
 *
 * <p>Patients sign in to the portal with the e-mail address their clinic recorded, under the same password,
 * lockout and throttling rules as staff. {@link org.regenpath.identity.PatientAccounts} invites them with a
 * one-time link (only its SHA-256 is stored; it expires after {@code regenpath.identity.invitation-validity})
 * sent through the notification module after the inviting transaction commits. A patient holds the role
 * {@code PATIENT}, reaches only {@code /portal/**} and {@code /api/portal/**}, and is refused everywhere else.
 * See docs/decisions/0013.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared", "audit", "notification"})
package org.regenpath.identity;
