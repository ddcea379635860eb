package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinic admins manage the accounts of their own clinic: create, change role, disable, unlock, reset password.
 * Every call is authorised here and recorded in the audit trail.
 */
@Service
public class UserAccounts {

    private static final String RESOURCE = "UserAccount";

    private final Accounts accounts;
    private final PortalAccounts portalAccounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    UserAccounts(Accounts accounts, PortalAccounts portalAccounts, PasswordEncoder passwords, AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.portalAccounts = portalAccounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> list(Actor actor) {
        requireAdmin(actor, AuditAction.SEARCH, null);
        return accounts.inClinic(actor.clinicId());
    }

    @Transactional
    public StaffAccount get(Actor actor, UserId id) {
        requireAdmin(actor, AuditAction.READ, id);
        return ownAccount(actor, id, AuditAction.READ);
    }

    /**
     * The e-mail addresses of the clinic's enabled staff accounts with this role, for notices the application
     * sends on its own (e.g. overdue follow-up to the coordinators). Addresses only; no actor, no patient data.
     */
    @Transactional(readOnly = true)
    public List<String> addressesOf(ClinicId clinic, Role role) {
        return accounts.inClinic(clinic).stream().filter(a -> a.enabled() && a.role() == role)
                .map(StaffAccount::email).toList();
    }

    /** Creates an account in the admin's clinic. */
    @Transactional
    public StaffAccount create(Actor actor, NewAccount account) {
        requireAdmin(actor, AuditAction.CREATE, null);
        return createIn(actor, actor.clinicId(), account);
    }

    /** Creates an account without an admin, for installation and demo data. */
    @Transactional
    public StaffAccount createAsSystem(ClinicId clinic, NewAccount account) {
        return createIn(Actor.system(clinic), clinic, account);
    }

    private StaffAccount createIn(Actor actor, ClinicId clinic, NewAccount account) {
        requireStaffRole(account.role());
        validatePassword(account.password());
        String email = account.email().trim().toLowerCase();
        if (accounts.byEmail(email).isPresent() || portalAccounts.byEmail(email).isPresent()) {
            throw new Conflict("email", "An account with this e-mail address already exists.");
        }
        UserId id = accounts.insert(
                clinic, email, account.displayName().trim(), account.role(), passwords.encode(account.password()),
                Instant.now(clock));
        audit.success(actor, AuditAction.CREATE, null, RESOURCE, id, "role " + account.role());
        return accounts.byId(id).orElseThrow().account();
    }

    /** Changes name, role and enabled state; {@code expectedVersion} detects a concurrent edit. */
    @Transactional
    public StaffAccount update(
            Actor actor, UserId id, String displayName, Role role, boolean enabled, int expectedVersion) {
        requireAdmin(actor, AuditAction.UPDATE, id);
        StaffAccount current = ownAccount(actor, id, AuditAction.UPDATE);
        Map<String, String> errors = new HashMap<>();
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "Enter the name");
        } else if (displayName.length() > 200) {
            errors.put("displayName", "At most 200 characters");
        }
        if (role == null || !role.isStaff()) {
            errors.put("role", "Choose a role");
        }
        if (current.id().equals(actor.userId()) && (role != Role.CLINIC_ADMIN || !enabled)) {
            errors.put("role", "You cannot remove your own admin access; ask another admin.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!accounts.update(id, displayName.trim(), role, enabled, expectedVersion)) {
            throw new Conflict("version", "Someone else changed this account meanwhile; reload and try again.");
        }
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, id, "role " + role + ", enabled " + enabled);
        return accounts.byId(id).orElseThrow().account();
    }

    /** Sets a password the user must replace at their next sign-in: the admin knows it too. */
    @Transactional
    public void resetPassword(Actor actor, UserId id, String newPassword) {
        requireAdmin(actor, AuditAction.UPDATE, id);
        ownAccount(actor, id, AuditAction.UPDATE);
        validatePassword(newPassword);
        accounts.setPassword(id, passwords.encode(newPassword), true);
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, id,
                "password reset by an admin; must be changed at the next sign-in");
    }

    /**
     * The signed-in staff member replaces their own password, giving the current one (OWASP ASVS 2.1.5); this ends
     * an admin's "must change at the next sign-in".
     *
     * @return the principal to keep in the session from now on
     * @throws InvalidInput on {@code current}, {@code password} or {@code confirmation}
     */
    @Transactional
    public StaffPrincipal changeOwnPassword(Actor actor, String current, String password, String confirmation) {
        Accounts.Row row = actor.userId() == null || actor.role() == null || !actor.role().isStaff() ? null
                : accounts.byId(actor.userId()).orElse(null);
        if (row == null) {
            audit.denied(actor, AuditAction.UPDATE, null, RESOURCE, actor.userId(), "not a staff account");
            throw new AccessDenied("Only staff accounts change their password here.");
        }
        Map<String, String> errors = new HashMap<>();
        if (current == null || !passwords.matches(current, row.passwordHash())) {
            errors.put("current", "This is not your current password");
        }
        try {
            validatePassword(password);
            if (passwords.matches(password, row.passwordHash())) {
                errors.put("password", "Choose a password different from the current one");
            } else if (!password.equals(confirmation)) {
                errors.put("confirmation", "The two passwords differ");
            }
        } catch (InvalidInput e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        accounts.setPassword(row.account().id(), passwords.encode(password), false);
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, row.account().id(),
                row.mustChangePassword() ? "password changed by the user, as the admin's reset required"
                        : "password changed by the user");
        return StaffPrincipal.of(accounts.byId(row.account().id()).orElseThrow().account());
    }

    @Transactional
    public void unlock(Actor actor, UserId id) {
        requireAdmin(actor, AuditAction.UPDATE, id);
        ownAccount(actor, id, AuditAction.UPDATE);
        accounts.unlock(id);
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, id, "unlocked");
    }

    /** Patient portal accounts are made by inviting a patient from the chart, never here. */
    private static void requireStaffRole(Role role) {
        if (role == null || !role.isStaff()) {
            throw InvalidInput.of("role", "Choose a staff role; patients are invited from their chart");
        }
    }

    private void requireAdmin(Actor actor, AuditAction action, UserId id) {
        if (!actor.hasRole(Role.CLINIC_ADMIN)) {
            audit.denied(actor, action, null, RESOURCE, id, "role " + actor.role() + " may not manage accounts");
            throw new AccessDenied("Only a clinic admin can manage user accounts.");
        }
    }

    private StaffAccount ownAccount(Actor actor, UserId id, AuditAction action) {
        StaffAccount account = accounts.byId(id).map(Accounts.Row::account).orElse(null);
        if (account == null || !actor.belongsTo(account.clinicId())) {
            audit.denied(actor, action, null, RESOURCE, id, account == null ? "no such account" : "other clinic");
            throw new NotFound("No such user account in your clinic.");
        }
        return account;
    }

    private static void validatePassword(String password) {
        PasswordRules.check("password", password);
    }
}
