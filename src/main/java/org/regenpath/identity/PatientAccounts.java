package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.notification.Notifications;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient portal accounts: invitation by e-mail with a one-time link, and activation when the patient sets a
 * password. The patient registry authorises the inviting user for the patient and audits the invitation (identity
 * cannot see patients: the registry depends on identity, not the reverse); this service checks again that the
 * user is care team of that clinic. Opening a link that does not work is audited as DENIED; setting the password
 * is audited as the patient's own act.
 */
@Service
public class PatientAccounts {

    static final String ACCOUNT = "PatientAccount";
    static final String INVITATION = "PortalInvitation";
    private static final Set<Role> INVITERS = Set.of(Role.CLINICIAN, Role.COORDINATOR);

    private final PortalAccounts portal;
    private final Accounts staff;
    private final Clinics clinics;
    private final PasswordEncoder passwords;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;

    PatientAccounts(PortalAccounts portal, Accounts staff, Clinics clinics, PasswordEncoder passwords,
            Notifications notifications, AuditTrail audit, IdentityProperties properties, Clock clock) {
        this.portal = portal;
        this.staff = staff;
        this.clinics = clinics;
        this.passwords = passwords;
        this.notifications = notifications;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether invitations are e-mailed at all: without an SMTP server the link only reaches the server log. */
    public boolean mailConfigured() {
        return notifications.configured();
    }

    /** What the welcome page shows for a working link. */
    public record Welcome(String email, String clinicName, Instant expiresAt, ZoneId timeZone) {}

    /**
     * Creates the patient's account if needed, revokes every earlier open link and e-mails a new one, after the
     * caller's transaction commits. The login name follows the e-mail address on record.
     *
     * @throws AccessDenied when the actor is not a clinician or coordinator of the patient's clinic
     * @throws Conflict on {@code email} when a staff account or another patient signs in with that address
     */
    @Transactional
    public PortalAccess invite(Actor actor, PortalInvite invite) {
        if (!actor.isSystem() && !(INVITERS.contains(actor.role()) && actor.belongsTo(invite.clinicId()))) {
            throw new AccessDenied("Only the patient's clinicians and coordinators can invite them.");
        }
        String email = invite.email().strip().toLowerCase(Locale.ROOT);
        boolean usedElsewhere = staff.byEmail(email).isPresent() || portal.byEmail(email)
                .filter(r -> !r.account().patientId().equals(invite.patientId())).isPresent();
        if (usedElsewhere) {
            throw new Conflict("email", "Another account already signs in with this e-mail address; each patient"
                    + " needs an address of their own.");
        }
        Instant now = Instant.now(clock);
        PortalAccounts.Row row = portal.byPatient(invite.patientId()).orElse(null);
        UserId account;
        if (row == null) {
            account = portal.insert(invite.clinicId(), invite.patientId(), email, now);
        } else {
            account = row.account().id();
            if (!row.account().email().equals(email)) {
                portal.changeEmail(account, email);
            }
        }
        portal.revokeOpen(account, now);
        InvitationToken token = InvitationToken.generate();
        Instant expires = now.plus(properties.invitationValidity());
        portal.insertInvitation(account, token.hash(), actor.userId(), now, expires);
        ClinicView clinic = clinics.byId(invite.clinicId()).orElseThrow();
        notifications.send(InvitationMail.compose(email, invite.givenName(), clinic.name(),
                notifications.link("/portal/welcome?token=" + token.value()), expires, clinic.timeZone()));
        return access(invite.patientId());
    }

    /** The patient's portal access for the chart; the caller has authorised and audits the read. */
    @Transactional(readOnly = true)
    public PortalAccess access(PatientId patient) {
        PortalAccounts.Row row = portal.byPatient(patient).orElse(null);
        if (row == null) {
            return PortalAccess.none();
        }
        PortalAccounts.Invitation newest = portal.newestInvitation(row.account().id()).orElse(null);
        Instant now = Instant.now(clock);
        PortalStatus status;
        if (row.account().active()) {
            status = PortalStatus.ACTIVE;
        } else if (newest != null && open(newest, now)) {
            status = PortalStatus.INVITED;
        } else {
            status = PortalStatus.INVITATION_EXPIRED;
        }
        return new PortalAccess(status, row.account().email(), newest == null ? null : newest.createdAt(),
                newest == null ? null : newest.expiresAt(), row.account().activatedAt());
    }

    /**
     * Checks a link before the set-password form is shown.
     *
     * @throws InvitationNotUsable when the link is unknown, used, replaced or expired (audited)
     */
    @Transactional(readOnly = true)
    public Welcome welcome(String token, String address) {
        PortalAccounts.Invitation invitation = usable(token, address);
        PatientAccount account = portal.byId(invitation.accountId()).orElseThrow().account();
        ClinicView clinic = clinics.byId(account.clinicId()).orElseThrow();
        return new Welcome(account.email(), clinic.name(), invitation.expiresAt(), clinic.timeZone());
    }

    /**
     * Sets the password through a working link: the account becomes active, the link is used up and every other
     * open link of the account revoked.
     *
     * @return the patient, for signing in straight away
     * @throws InvitationNotUsable when the link does not work (audited)
     * @throws InvalidInput on {@code password} or {@code confirmation}
     */
    @Transactional
    public PatientPrincipal activate(String token, String password, String confirmation, String address) {
        PortalAccounts.Invitation invitation = usable(token, address);
        PasswordRules.check("password", password);
        if (!password.equals(confirmation)) {
            throw InvalidInput.of("confirmation", "The two passwords differ");
        }
        Instant now = Instant.now(clock);
        if (!portal.use(invitation.id(), now)) {
            throw refused(invitation, InvitationNotUsable.Reason.USED, address);
        }
        portal.activate(invitation.accountId(), passwords.encode(password), now);
        portal.revokeOpen(invitation.accountId(), now);
        PatientAccount account = portal.byId(invitation.accountId()).orElseThrow().account();
        PatientPrincipal principal = PatientPrincipal.of(account);
        audit.success(principal.actor(address), AuditAction.UPDATE, account.patientId(), ACCOUNT, account.id(),
                "password set through invitation " + invitation.id() + "; account active");
        return principal;
    }

    private PortalAccounts.Invitation usable(String token, String address) {
        PortalAccounts.Invitation invitation = InvitationToken.wellFormed(token)
                ? portal.invitationByHash(InvitationToken.hashOf(token)).orElse(null)
                : null;
        if (invitation == null) {
            throw refused(null, InvitationNotUsable.Reason.UNKNOWN, address);
        }
        if (invitation.usedAt() != null) {
            throw refused(invitation, InvitationNotUsable.Reason.USED, address);
        }
        if (invitation.revokedAt() != null) {
            throw refused(invitation, InvitationNotUsable.Reason.REPLACED, address);
        }
        if (!invitation.expiresAt().isAfter(Instant.now(clock))) {
            throw refused(invitation, InvitationNotUsable.Reason.EXPIRED, address);
        }
        return invitation;
    }

    private InvitationNotUsable refused(PortalAccounts.Invitation invitation, InvitationNotUsable.Reason reason,
            String address) {
        PatientAccount account = invitation == null ? null
                : portal.byId(invitation.accountId()).map(PortalAccounts.Row::account).orElse(null);
        ClinicId clinic = account == null ? null : account.clinicId();
        audit.denied(new Actor(null, "anonymous", null, clinic, null, address), AuditAction.ACCESS,
                account == null ? null : account.patientId(), INVITATION, invitation == null ? null : invitation.id(),
                "invitation link " + reason.name().toLowerCase(Locale.ROOT));
        return new InvitationNotUsable(reason);
    }

    private static boolean open(PortalAccounts.Invitation invitation, Instant now) {
        return invitation.usedAt() == null && invitation.revokedAt() == null && invitation.expiresAt().isAfter(now);
    }
}
