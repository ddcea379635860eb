package org.regenpath.patient;

import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.identity.PortalAccess;
import org.regenpath.identity.PortalInvite;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a patient to the patient portal from their chart: clinicians and coordinators of the patient's clinic
 * send a one-time link to the e-mail address on record (see identity's {@link PatientAccounts}). Each invitation
 * and each look at the portal status is audited; refusals too.
 */
@Service
public class PortalInvitations {

    static final String INVITATION = "PortalInvitation";
    static final String ACCESS = "PortalAccess";

    private final PatientRegistry registry;
    private final PatientAccounts accounts;
    private final AuditTrail audit;

    PortalInvitations(PatientRegistry registry, PatientAccounts accounts, AuditTrail audit) {
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Sends a new invitation, replacing any earlier open one; the e-mail goes out once this commits.
     *
     * @throws AccessDenied for roles other than clinician and coordinator
     * @throws NotFound for a patient of another clinic, or none
     * @throws InvalidInput on {@code email} when the patient has no e-mail address on record
     * @throws Conflict on {@code email} when another account signs in with that address
     */
    @Transactional
    public PortalAccess invite(Actor actor, PatientId id) {
        PatientView patient = registry.authorize(actor, id, AuditAction.CREATE, INVITATION,
                PatientRegistry.CARE_TEAM);
        if (patient.email() == null || patient.email().isBlank()) {
            throw InvalidInput.of("email", "Record the patient's e-mail address first: the invitation is sent"
                    + " there.");
        }
        PortalAccess access = accounts.invite(actor, new PortalInvite(patient.id(), patient.clinicId(),
                patient.email(), patient.givenName()));
        audit.success(actor, AuditAction.CREATE, id, INVITATION, null, "expires " + access.expiresAt());
        return access;
    }

    /** Whether an invitation really leaves as an e-mail (an SMTP server is configured). */
    public boolean mailConfigured() {
        return accounts.mailConfigured();
    }

    /** The patient's portal status: not invited, invited (until when), or active (since when). */
    @Transactional
    public PortalAccess access(Actor actor, PatientId id) {
        registry.authorize(actor, id, AuditAction.READ, ACCESS, PatientRegistry.CARE_TEAM);
        PortalAccess access = accounts.access(id);
        audit.success(actor, AuditAction.READ, id, ACCESS, null, access.status().name());
        return access;
    }
}
