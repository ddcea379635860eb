package org.regenpath.planning;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a module that acts on an approved plan whether the patient's consent to the version in force still stands:
 * the product module before it collects, releases or injects cells, and on its lab board. Like the product and
 * procedure lookups for the recall trace, it neither authorises nor audits: it runs only inside the caller's
 * transaction, after the caller has authorised the actor for the patient and while it audits its own action, so a
 * consent check adds no audit row of its own. It reads consent status only, never the signed text.
 */
@Service
public class ConsentLookup {

    private final Plans plans;
    private final Consents consents;
    private final ClinicZones zones;

    ConsentLookup(Plans plans, Consents consents, ClinicZones zones) {
        this.zones = zones;
        this.plans = plans;
        this.consents = consents;
    }

    /**
     * Whether the patient's consent to the plan's version in force stands, and if it was withdrawn, when and why.
     *
     * @throws NotFound when the patient has no such plan
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ConsentInForce consentInForce(PatientId patient, long planId) {
        Plans.InForce plan = plans.inForce(List.of(planId)).get(planId);
        if (plan == null || !plan.patient().equals(patient)) {
            throw new NotFound("No treatment plan " + planId + " for this patient.");
        }
        return evaluate(plan, consents.byPlans(List.of(planId), false).getOrDefault(planId, Map.of()));
    }

    /**
     * {@link #consentInForce} for several plans at once, by plan id, for a list such as the lab board; plans that
     * do not exist are left out. The caller holds the plan ids from records it may show.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, ConsentInForce> consentsInForce(Collection<Long> planIds) {
        Map<Long, Plans.InForce> found = plans.inForce(planIds);
        Map<Long, Map<Integer, List<PlanConsent>>> all = consents.byPlans(found.keySet(), false);
        Map<Long, ConsentInForce> result = new HashMap<>();
        found.forEach((id, plan) -> result.put(id, evaluate(plan, all.getOrDefault(id, Map.of()))));
        return result;
    }

    private ConsentInForce evaluate(Plans.InForce plan, Map<Integer, List<PlanConsent>> byVersion) {
        if (plan.number() == null) {
            return new ConsentInForce(plan.planId(), null, ConsentStatus.NOT_SIGNED, null, "Treatment plan "
                    + plan.planId() + " has no approved version, so no consent to it is in force.");
        }
        List<PlanConsent> forVersion = byVersion.getOrDefault(plan.number(), List.of());
        ConsentCheck check = ConsentCheck.evaluate(plan.number(), forVersion, null,
                zones.zoneOf(plan.clinic()));
        ConsentWithdrawal withdrawal = check.status() == ConsentStatus.WITHDRAWN
                ? forVersion.get(forVersion.size() - 1).withdrawal() : null;
        return new ConsentInForce(plan.planId(), plan.number(), check.status(), withdrawal, check.message());
    }
}
