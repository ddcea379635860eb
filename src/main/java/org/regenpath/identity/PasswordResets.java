package org.regenpath.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.notification.Notifications;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password?" for staff and patient portal accounts alike (decision 0026), following the OWASP Forgot
 * Password Cheat Sheet. Asking answers the same, in the same time, whether or not an account signs in with the
 * address: the lookup, the link and the e-mail happen on a background thread after the answer. A link is an
 * {@link InvitationToken} (256 random bits, only its SHA-256 stored), works once, for {@link #VALIDITY}; a new link
 * or a used one revokes the account's other open links. Setting the password clears a lockout, as the invitation
 * and the admin's reset already do. Asking, using, and every refused link are audited; an ask and a refused link
 * never say whether an account exists.
 */
@Service
public class PasswordResets {

    /**
     * How long a link works. The OWASP Forgot Password Cheat Sheet asks for single-use tokens that expire "after an
     * appropriate period"; someone who asks is waiting for the mail, so a short window costs them nothing, and it
     * limits how long a link left in a mailbox (or forwarded, or read over a shoulder) can take over the account.
     */
    public static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Requests accepted per e-mail address and per remote address in {@link #THROTTLE_WINDOW}. */
    static final int PER_EMAIL = 3;
    static final int PER_REMOTE_ADDRESS = 10;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    static final String RESOURCE = "PasswordReset";
    private static final int MAX_EMAIL = 254;
    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    /** What became of a request; either way nothing says whether the account exists. */
    public enum Outcome { ACCEPTED, TOO_MANY }

    /** What the reset form shows for a working link. */
    public record ResetLink(String email, Instant expiresAt) {}

    private final Accounts staff;
    private final PortalAccounts portal;
    private final ResetLinks links;
    private final PasswordEncoder passwords;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final Executor background;
    private final TransactionTemplate transaction;
    private final Buckets perEmail = new Buckets(PER_EMAIL, THROTTLE_WINDOW);
    private final Buckets perRemoteAddress = new Buckets(PER_REMOTE_ADDRESS, THROTTLE_WINDOW);

    PasswordResets(Accounts staff, PortalAccounts portal, ResetLinks links, PasswordEncoder passwords,
            Notifications notifications, AuditTrail audit, Clock clock,
            @Qualifier("applicationTaskExecutor") Executor background, PlatformTransactionManager transactions) {
        this.staff = staff;
        this.portal = portal;
        this.links = links;
        this.passwords = passwords;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.background = background;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Accepts a request for a link to the address and returns at once; the e-mail follows if an enabled staff
     * account or an active patient account signs in with it.
     *
     * @throws InvalidInput on {@code email} when it is not an e-mail address
     */
    public Outcome request(String email, String address) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > MAX_EMAIL || !normalised.matches("[^@\\s]+@[^@\\s]+")) {
            throw InvalidInput.of("email", "Enter the e-mail address you sign in with, like name@example.org");
        }
        boolean allowed = perRemoteAddress.of(address == null ? "" : address).tryConsume(1)
                & perEmail.of(normalised).tryConsume(1);
        if (!allowed) {
            audit.denied(anonymous(normalised, address), AuditAction.CREATE, null, RESOURCE, null,
                    "too many password reset requests");
            return Outcome.TOO_MANY;
        }
        background.execute(() -> {
            try {
                transaction.executeWithoutResult(s -> send(normalised, address));
            } catch (RuntimeException e) {
                log.warn("A password reset request could not be handled: {}", e.toString());
            }
        });
        return Outcome.ACCEPTED;
    }

    private void send(String email, String address) {
        audit.success(anonymous(email, address), AuditAction.CREATE, null, RESOURCE, null,
                "password reset link requested");
        Instant now = Instant.now(clock);
        Accounts.Row member = staff.byEmail(email).filter(r -> r.account().enabled()).orElse(null);
        PortalAccounts.Row patient = member != null ? null
                : portal.byEmail(email).filter(r -> r.account().active()).orElse(null);
        if (member == null && patient == null) {
            return;
        }
        ResetLinks.Kind kind = member != null ? ResetLinks.Kind.STAFF : ResetLinks.Kind.PATIENT;
        UserId account = member != null ? member.account().id() : patient.account().id();
        links.revokeOpen(kind, account, now);
        InvitationToken token = InvitationToken.generate();
        links.insert(kind, account, token.hash(), now, now.plus(VALIDITY));
        notifications.send(PasswordResetMail.compose(email, notifications.link("/password/reset?token="
                + token.value()), VALIDITY));
    }

    /**
     * Checks a link before the new-password form is shown.
     *
     * @throws ResetLinkNotUsable when the link is unknown, used, replaced or expired (audited)
     */
    @Transactional(readOnly = true)
    public ResetLink check(String token, String address) {
        ResetLinks.Link link = usable(token, address);
        return new ResetLink(actorOf(link, address).username(), link.expiresAt());
    }

    /**
     * Sets the new password through a working link: the link is used up, the account's other open links revoked,
     * a lockout cleared (and an admin's "must change" with it: the user chose this password).
     *
     * @throws ResetLinkNotUsable when the link does not work (audited)
     * @throws InvalidInput on {@code password} or {@code confirmation}
     */
    @Transactional
    public void reset(String token, String password, String confirmation, String address) {
        ResetLinks.Link link = usable(token, address);
        PasswordRules.check("password", password);
        if (!password.equals(confirmation)) {
            throw InvalidInput.of("confirmation", "The two passwords differ");
        }
        Instant now = Instant.now(clock);
        if (!links.use(link.id(), now)) {
            throw refused(InvitationNotUsable.Reason.USED, address);
        }
        int revoked = links.revokeOpen(link.kind(), link.accountId(), now);
        String hash = passwords.encode(password);
        if (link.kind() == ResetLinks.Kind.STAFF) {
            staff.setPassword(link.accountId(), hash, false);
        } else {
            portal.activate(link.accountId(), hash, now);
        }
        Actor actor = actorOf(link, address);
        audit.success(actor, AuditAction.UPDATE, actor.patientId(), RESOURCE, link.id(),
                "password set through an e-mail link; lockout cleared; " + revoked + " other open link(s) revoked");
    }

    private ResetLinks.Link usable(String token, String address) {
        ResetLinks.Link link = InvitationToken.wellFormed(token)
                ? links.byHash(InvitationToken.hashOf(token)).orElse(null)
                : null;
        if (link == null || actorOrNull(link, address) == null) {
            throw refused(InvitationNotUsable.Reason.UNKNOWN, address);
        }
        if (link.usedAt() != null) {
            throw refused(InvitationNotUsable.Reason.USED, address);
        }
        if (link.revokedAt() != null) {
            throw refused(InvitationNotUsable.Reason.REPLACED, address);
        }
        if (!link.expiresAt().isAfter(Instant.now(clock))) {
            throw refused(InvitationNotUsable.Reason.EXPIRED, address);
        }
        return link;
    }

    private Actor actorOf(ResetLinks.Link link, String address) {
        Actor actor = actorOrNull(link, address);
        if (actor == null) {
            throw refused(InvitationNotUsable.Reason.UNKNOWN, address);
        }
        return actor;
    }

    /** The account the link belongs to, as an actor; null when it is gone or may no longer sign in. */
    private Actor actorOrNull(ResetLinks.Link link, String address) {
        if (link.kind() == ResetLinks.Kind.STAFF) {
            return staff.byId(link.accountId()).map(Accounts.Row::account).filter(StaffAccount::enabled)
                    .map(a -> StaffPrincipal.of(a).actor(address)).orElse(null);
        }
        return portal.byId(link.accountId()).map(PortalAccounts.Row::account).filter(PatientAccount::active)
                .map(a -> PatientPrincipal.of(a).actor(address)).orElse(null);
    }

    /** Audits a refused link as DENIED by an anonymous caller, naming neither the account nor its clinic. */
    private ResetLinkNotUsable refused(InvitationNotUsable.Reason reason, String address) {
        audit.denied(anonymous("anonymous", address), AuditAction.ACCESS, null, RESOURCE, null,
                "password reset link " + reason.name().toLowerCase(Locale.ROOT));
        return new ResetLinkNotUsable(reason);
    }

    private static Actor anonymous(String username, String address) {
        return new Actor(null, username, null, null, null, address);
    }
}
