/**
 * Identity: clinics (the tenants), staff accounts and their roles, sign-in and the security configuration.
 *
 * <p>Owns the tables {@code identity_clinic} and {@code identity_user}. Other modules learn who is acting from
 * {@link org.regenpath.identity.CurrentActor}; clinic admins manage their clinic's accounts through
 * {@link org.regenpath.identity.UserAccounts}. Passwords are Argon2 hashes; repeated failed sign-ins lock the
 * account and throttle the address; sessions time out when idle (OWASP ASVS 2.2.1, 2.4, 3.3.2).
 * {@link org.regenpath.identity.SecondPerson} checks a colleague's own credentials where a step needs a second
 * person (the bedside check); a wrong password counts towards that colleague's lockout and is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "audit"})
package org.regenpath.identity;
