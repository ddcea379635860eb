package org.regenpath.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;

/**
 * The chronic pain conditions in scope, loaded once from {@code clinical/conditions/condition-catalog.json}:
 * each condition's ICD-10-CM FY2026 codes, body sites, whether a side applies, and the certainty of the
 * evidence. The application does not start with an inconsistent catalog.
 */
@Service
public class ConditionCatalog {

    private static final String RESOURCE = "ConditionCatalog";

    private final CatalogData data;
    private final AuditTrail audit;

    ConditionCatalog(AuditTrail audit) {
        this.data = ConditionCatalogLoader.load();
        this.audit = audit;
    }

    /**
     * The catalog for the care team. Intake is closed to every other role, the catalog included; a refusal is
     * audited.
     *
     * @throws AccessDenied for roles other than clinician and coordinator
     */
    public List<CatalogCondition> list(Actor actor) {
        if (!actor.hasRole(Role.CLINICIAN, Role.COORDINATOR)) {
            audit.denied(actor, AuditAction.READ, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not use intake.");
        }
        return data.conditions();
    }

    /** All conditions, in catalog order; for other intake services and forms that have authorised already. */
    public List<CatalogCondition> conditions() {
        return data.conditions();
    }

    public Optional<CatalogCondition> condition(String id) {
        return data.condition(id);
    }

    /** The condition a code belongs to; every code belongs to exactly one. */
    public Optional<CatalogCondition> conditionOfCode(String code) {
        return data.conditionOfCode(code);
    }

    public List<BodySite> bodySites() {
        return data.sites().values().stream().sorted(Comparator.comparing(BodySite::display)).toList();
    }

    public Optional<BodySite> bodySite(String code) {
        return Optional.ofNullable(code == null ? null : data.sites().get(code));
    }

    CatalogData data() {
        return data;
    }
}
