package org.regenpath.product;

import static org.regenpath.product.BedsideFinding.pass;
import static org.regenpath.product.BedsideFinding.stop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentWithdrawal;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * The invariants of an injection, shared by the {@link BedsideCheck} (which reports them) and
 * {@link CellProduct#administer} (which enforces them), so that the screen and the record can never disagree.
 * Messages never name the other patient a product belongs to.
 */
final class AdministrationRules {

    private AdministrationRules() {
    }

    static List<BedsideFinding> evaluate(CellProduct product, PatientId patient, InjectionSite site,
            BigDecimal volumeMl, TreatmentOrder order, StaffMember operator, StaffMember verifier, Instant at,
            ZoneId zone) {
        List<BedsideFinding> findings = new ArrayList<>();
        findings.add(samePatient(product, patient));
        if (product.state() != ProductState.ADMINISTERED) {
            findings.add(released(product));
        }
        findings.add(notExpired(product, at, zone));
        findings.add(notAlreadyAdministered(product, zone));
        findings.add(siteInPlan(site, order.injectionSites()));
        // Counted only at a planned site: elsewhere SITE_IN_PLAN stops already, and nothing is authorised to count.
        order.planned(site).ifPresent(planned -> {
            findings.add(injectionsInPlan(planned, order, zone));
            findings.add(doseInPlan(planned, volumeMl, order));
        });
        findings.add(consentInForce(order.consent(), zone));
        findings.add(secondPerson(operator, verifier));
        return findings;
    }

    static BedsideFinding secondPerson(StaffMember operator, StaffMember verifier) {
        if (verifier == null) {
            return stop(BedsideRule.SECOND_PERSON, "a second person must confirm this check.");
        }
        if (verifier.isSamePersonAs(operator)) {
            return stop(BedsideRule.SECOND_PERSON, "the person confirming cannot be the operator; a second person"
                    + " must confirm this check.");
        }
        return pass(BedsideRule.SECOND_PERSON, "Confirmed by " + verifier.displayName() + ".");
    }

    /**
     * "consent to this plan was withdrawn on 23 Nov 2026, 14:43 EST (the reason)", in the clinic's zone, for any
     * message that refuses.
     */
    static String withdrawn(ConsentWithdrawal withdrawal, ZoneId zone) {
        return "consent to this plan was withdrawn on " + DateStyle.time(withdrawal.withdrawnAt(), zone) + " ("
                + withdrawal.reason() + ")";
    }

    /** "Consent to this plan was withdrawn on 23 Nov 2026, 14:43 EST (the reason).", a sentence on its own. */
    static String withdrawnSentence(ConsentWithdrawal withdrawal, ZoneId zone) {
        String phrase = withdrawn(withdrawal, zone);
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + ".";
    }

    private static BedsideFinding consentInForce(ConsentInForce consent, ZoneId zone) {
        if (consent.inForce()) {
            return pass(BedsideRule.CONSENT_IN_FORCE, "The patient's consent to plan version "
                    + consent.versionNumber() + " is in force.");
        }
        if (consent.withdrawn()) {
            return stop(BedsideRule.CONSENT_IN_FORCE, withdrawn(consent.withdrawal(), zone) + ". Do not give this"
                    + " product; nothing is given until the patient consents to a new version of the plan.");
        }
        if (consent.versionNumber() == null) {
            return stop(BedsideRule.CONSENT_IN_FORCE, "this patient's plan has no approved version, so there is no"
                    + " consent to give this product under.");
        }
        return stop(BedsideRule.CONSENT_IN_FORCE, "the patient's consent to plan version " + consent.versionNumber()
                + " is not in force (" + consent.status().label() + "). Do not give this product.");
    }

    private static BedsideFinding samePatient(CellProduct product, PatientId patient) {
        return product.patientId().equals(patient)
                ? pass(BedsideRule.SAME_PATIENT, "Product " + product.id() + " belongs to this patient.")
                : stop(BedsideRule.SAME_PATIENT, "product " + product.id() + " belongs to another patient. Do not"
                        + " give it to this patient.");
    }

    private static BedsideFinding released(CellProduct product) {
        return product.state() == ProductState.RELEASED
                ? pass(BedsideRule.RELEASED, "Product " + product.id() + " is released.")
                : stop(BedsideRule.RELEASED, "product " + product.id() + " is " + product.state().words()
                        + "; only a released product can be given.");
    }

    private static BedsideFinding notExpired(CellProduct product, Instant at, ZoneId zone) {
        return product.isExpiredAt(at)
                ? stop(BedsideRule.NOT_EXPIRED, "product " + product.id() + " expired at "
                        + DateStyle.time(product.expiresAt(), zone)
                        + ". Do not give it; return it to the lab.")
                : pass(BedsideRule.NOT_EXPIRED, "Product " + product.id() + " is in date until "
                        + DateStyle.time(product.expiresAt(), zone)
                        + ".");
    }

    private static BedsideFinding notAlreadyAdministered(CellProduct product, ZoneId zone) {
        return product.administration()
                .map(e -> stop(BedsideRule.NOT_ALREADY_ADMINISTERED, "product " + product.id() + " was already"
                        + " given at " + DateStyle.time(e.at(), zone) + ". It cannot be given twice."))
                .orElseGet(() -> pass(BedsideRule.NOT_ALREADY_ADMINISTERED, "Product " + product.id() + " has not"
                        + " been given before."));
    }

    private static BedsideFinding siteInPlan(InjectionSite site, Set<InjectionSite> plannedSites) {
        if (site == null) {
            return stop(BedsideRule.SITE_IN_PLAN, "choose the injection site.");
        }
        if (plannedSites.isEmpty()) {
            return stop(BedsideRule.SITE_IN_PLAN, "this patient has no approved plan with injection sites.");
        }
        if (plannedSites.contains(site)) {
            return pass(BedsideRule.SITE_IN_PLAN, "The " + site.describe() + " is in the plan.");
        }
        String planned = plannedSites.stream().map(InjectionSite::describe).sorted()
                .collect(Collectors.joining(", "));
        return stop(BedsideRule.SITE_IN_PLAN, "the " + site.describe() + " is not in this patient's plan. Planned: "
                + planned + ".");
    }

    /**
     * A plan version authorises one injection at each site it lists (each site once, with its whole dose). The
     * plan has no field for repeats, so a second injection at the same site needs a new version that lists it.
     */
    private static BedsideFinding injectionsInPlan(PlannedSite planned, TreatmentOrder order, ZoneId zone) {
        InjectionSite site = planned.site();
        return order.givenAt(site)
                .map(given -> stop(BedsideRule.INJECTIONS_IN_PLAN, "the " + site.describe() + " was already"
                        + " injected under plan version " + order.planVersion() + " (product " + given.productId()
                        + ", given on " + DateStyle.time(given.at(), zone) + "). Plan version " + order.planVersion()
                        + " authorises one injection at each site it lists; a repeat injection needs a new version"
                        + " of the plan that lists it, approved with the patient's consent."))
                .orElseGet(() -> pass(BedsideRule.INJECTIONS_IN_PLAN, "No injection has been given at the "
                        + site.describe() + " under plan version " + order.planVersion() + ", which authorises"
                        + " one."));
    }

    /** The volume must be entered and be no more than the planned volume for the site. */
    private static BedsideFinding doseInPlan(PlannedSite planned, BigDecimal volumeMl, TreatmentOrder order) {
        String dose = "plan version " + order.planVersion() + " authorises up to " + ml(planned.plannedVolumeMl())
                + " at the " + planned.site().describe();
        if (volumeMl == null) {
            return stop(BedsideRule.DOSE_IN_PLAN, "enter the volume to inject; " + dose + ".");
        }
        if (volumeMl.compareTo(planned.plannedVolumeMl()) > 0) {
            return stop(BedsideRule.DOSE_IN_PLAN, ml(volumeMl) + " is more than the planned dose: " + dose
                    + ". A larger dose needs a new version of the plan.");
        }
        return pass(BedsideRule.DOSE_IN_PLAN, ml(volumeMl) + " is within the planned dose: " + dose + ".");
    }

    private static String ml(BigDecimal volume) {
        return volume.stripTrailingZeros().toPlainString() + " mL";
    }
}
