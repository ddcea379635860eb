package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.intake.Evidence;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the consent document for a plan version and tells whether the version has a valid consent. The facts
 * come from the plan version, its regulatory class, the patient registry, the clinic, and the pain condition
 * with the evidence level the intake condition catalog gives it. The caller has authorised the actor for the
 * patient; reading the pain condition is authorised and audited by the intake module.
 */
@Component
class ConsentPapers {

    private final ConsentDocument document = ConsentDocument.fromClasspath();
    private final RegulatoryClassifier classifier = RegulatoryClassifier.fromClasspath();
    private final PainProfiles profiles;
    private final ConditionCatalog catalog;
    private final Clinics clinics;
    private final Consents consents;
    private final JsonMapper json;
    private final FollowUpTemplates followUpTemplates;
    private final ClinicZones zones;

    ConsentPapers(PainProfiles profiles, ConditionCatalog catalog, Clinics clinics, Consents consents,
            JsonMapper json, FollowUpTemplates followUpTemplates, ClinicZones zones) {
        this.zones = zones;
        this.followUpTemplates = followUpTemplates;
        this.profiles = profiles;
        this.catalog = catalog;
        this.clinics = clinics;
        this.consents = consents;
        this.json = json;
    }

    /** The document as the patient reads it for this version. */
    RenderedConsent render(Actor actor, PatientView patient, long planId, PlanVersion version) {
        PlanDetails d = version.details();
        PainCondition condition = profiles.condition(actor, patient.id(), d.targetConditionId());
        Evidence evidence = catalog.condition(condition.conditionId()).map(CatalogCondition::evidence).orElse(null);
        RegulatoryClassification classification = classification(version);
        RegulatoryPathway pathway = version.approval() != null ? version.approval().pathway()
                : classification.pathway();
        ConsentFacts facts = new ConsentFacts(
                clinics.byId(patient.clinicId()).map(ClinicView::name).orElse("the clinic"),
                patient.givenName() + " " + patient.familyName(), planId, version.number(), d, pathway,
                classification == null ? "as recorded when the plan was approved"
                        : ConsentFacts.regulatoryFacts(classification),
                classification == null ? "The rules in use now cannot classify this version; ask the clinic."
                        : ConsentFacts.regulatoryUncertainty(classification),
                condition.conditionName(), evidence == null ? null : evidence.level().label(),
                evidence == null ? null : evidence.summary(), evidence == null ? List.of() : evidence.sources(),
                followUpTemplates.find(d.followUpTemplateId()).map(FollowUpTemplates.FollowUpTemplateChoice::label)
                        .orElse(null));
        return document.render(facts, json.writeValueAsString(d));
    }

    /**
     * The version's classification by the rules in use. A draft that cannot be classified cannot be consented to
     * (its error is the caller's 400); an approved version classified under earlier rules is shown with the pathway
     * it was approved on, and {@code null} here.
     */
    private RegulatoryClassification classification(PlanVersion version) {
        try {
            return classifier.classify(version.details().pathway());
        } catch (InvalidInput e) {
            if (version.approval() == null) {
                throw e;
            }
            return null;
        }
    }

    /** The consents to every version of the plan, each version's oldest first. */
    Map<Integer, List<PlanConsent>> consents(long planId) {
        return consents.byPlan(planId);
    }

    /**
     * Whether the version has a valid consent. A draft's consent must still match the document rendered for it
     * now; an approved or superseded version was checked at approval and can no longer change.
     */
    ConsentCheck check(Actor actor, PatientView patient, long planId, PlanVersion version) {
        List<PlanConsent> forVersion = consents.byPlan(planId).getOrDefault(version.number(), List.of());
        RenderedConsent current = version.status() == PlanStatus.DRAFT && !forVersion.isEmpty()
                ? render(actor, patient, planId, version) : null;
        return ConsentCheck.evaluate(version, forVersion, current, zones.zoneOf(patient.clinicId()));
    }

    /** {@link #check} for every version, oldest first. */
    Map<Integer, ConsentCheck> checks(Actor actor, PatientView patient, long planId, TreatmentPlan plan) {
        Map<Integer, List<PlanConsent>> all = consents.byPlan(planId);
        Map<Integer, ConsentCheck> checks = new LinkedHashMap<>();
        for (PlanVersion v : plan.versions()) {
            List<PlanConsent> forVersion = all.getOrDefault(v.number(), List.of());
            RenderedConsent current = v.status() == PlanStatus.DRAFT && !forVersion.isEmpty()
                    ? render(actor, patient, planId, v) : null;
            checks.put(v.number(), ConsentCheck.evaluate(v, forVersion, current, zones.zoneOf(patient.clinicId())));
        }
        return checks;
    }
}
