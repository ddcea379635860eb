package org.regenpath.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's screening policy: the thresholds no guideline sets. The care team and the clinic admin read the policy
 * in force; only the clinic admin records a new version, which applies from then on (decisions keep the version
 * they were made under). Every read and write is audited, refusals too.
 */
@Service
public class ClinicScreeningPolicies {

    static final String RESOURCE = "ClinicScreeningPolicy";
    private static final Set<Role> READERS = Set.of(Role.CLINIC_ADMIN, Role.CLINICIAN, Role.COORDINATOR);

    private final CandidacyScreening screening;
    private final ClinicPolicies policies;
    private final AuditTrail audit;
    private final Clock clock;

    ClinicScreeningPolicies(CandidacyScreening screening, ClinicPolicies policies, AuditTrail audit, Clock clock) {
        this.screening = screening;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The policy in force for the actor's clinic: its newest version, or the rule set's defaults. */
    @Transactional
    public ClinicPolicy current(Actor actor) {
        allow(actor, AuditAction.READ, READERS);
        ClinicPolicy policy = screening.clinicPolicy(actor.clinicId());
        audit.success(actor, AuditAction.READ, null, RESOURCE, null, "version=" + policy.version());
        return policy;
    }

    /**
     * Records a new version of the actor's clinic's policy.
     *
     * @throws InvalidInput naming each field that is missing or out of range
     * @throws Conflict on {@code version} when the clinic already has a policy of that version
     */
    @Transactional
    public ClinicPolicy record(Actor actor, ClinicPolicyInput in) {
        allow(actor, AuditAction.CREATE, Set.of(Role.CLINIC_ADMIN));
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.version() == null || in.version().isBlank() || in.version().strip().length() > 40) {
            errors.put("version", "Name the version, at most 40 characters");
        }
        range(errors, "minConservativeCareWeeks", in.minConservativeCareWeeks(), 0, 104, "weeks");
        range(errors, "steroidWashoutWeeks", in.steroidWashoutWeeks(), 0, 104, "weeks");
        range(errors, "maxHba1cPercent", in.maxHba1cPercent(), 5, 15, "%");
        range(errors, "maxBmi", in.maxBmi(), 20, 80, "kg/m\u00b2");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ClinicPolicy policy = new ClinicPolicy(in.version().strip(), in.minConservativeCareWeeks(),
                in.steroidWashoutWeeks(), in.maxHba1cPercent(), in.maxBmi());
        try {
            policies.insert(actor.clinicId(), policy, actor.username(), Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw new Conflict("version", "This clinic already has a policy version " + policy.version()
                    + "; name the new one differently.");
        }
        audit.success(actor, AuditAction.CREATE, null, RESOURCE, null, "version=" + policy.version());
        return policy;
    }

    private void allow(Actor actor, AuditAction action, Set<Role> roles) {
        if (actor.isSystem() || actor.clinicId() == null || roles.stream().noneMatch(actor::hasRole)) {
            audit.denied(actor, action, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role may not " + (action == AuditAction.READ ? "read" : "change")
                    + " the clinic's screening policy.");
        }
    }

    private static void range(Map<String, String> errors, String field, Number value, int min, int max,
            String unit) {
        BigDecimal v = value == null ? null : new BigDecimal(value.toString());
        if (v == null || v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.put(field, "Enter " + min + " to " + max + " " + unit);
        }
    }
}
