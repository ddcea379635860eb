package org.regenpath.safety;

import java.util.List;
import java.util.Optional;
import org.regenpath.planning.PlanLookup;
import org.regenpath.planning.PlanRecord;
import org.regenpath.planning.PlanVersion;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.springframework.stereotype.Component;

/**
 * Starts the reporting clocks of an adverse event from its record, in the transaction that records or revises it.
 * The event maps onto {@link ReportingClockFacts}: seriousness and its criteria, expectedness, the strongest
 * relatedness of the three parts, when the clinic first knew, and the regime of the product's regulatory pathway.
 *
 * <p>The regime comes from the pathway the product's plan version was approved on. With no product linked, the
 * pathway of the plan of the linked procedure is used; with neither, no regime is known and no clock starts (the
 * event page says so). A draft (not yet judged by a clinician) starts nothing.
 *
 * <p>Two facts of 21 CFR 1271.350(a) are not fields of the event record and are derived: an event whose term is
 * an infection (at the injection site or systemic) is taken as possibly involving a communicable disease, so that
 * the 15-day HCT/P clock starts and the reporter decides; the need for medical or surgical intervention is taken
 * from the ICH E2A criteria alone (hospitalisation, disability, life-threatening or death start the clock on their
 * own), so an intervention without one of them starts no clock.
 *
 * <p>Opening is idempotent ({@link ReportingClocks#open}): a revision adds only clocks not yet open, and a revision
 * that makes an event no longer qualify leaves the open clocks as they are: a clock closes only when its report is
 * marked submitted.
 */
@Component
class EventClocks {

    private static final List<String> INFECTIONS = List.of("injection-site-infection", "systemic-infection");

    private final ReportingClocks clocks;
    private final ProductLookup products;
    private final ProcedureLookup procedures;
    private final PlanLookup plans;
    private final ClinicZones zones;

    EventClocks(ReportingClocks clocks, ProductLookup products, ProcedureLookup procedures, PlanLookup plans,
            ClinicZones zones) {
        this.clocks = clocks;
        this.products = products;
        this.procedures = procedures;
        this.plans = plans;
        this.zones = zones;
    }

    /** Opens the clocks the event starts and that are not open yet; nothing for a draft or an unknown regime. */
    void start(Actor actor, ClinicId clinic, AdverseEvent event) {
        facts(clinic, event).ifPresent(f -> clocks.open(actor, event.patientId(), event.id(), f));
    }

    /** Marks one of the event's reports sent. */
    ReportingClockRecord markSent(Actor actor, AdverseEvent event, ReportingClockRule.Kind kind,
            java.time.LocalDate sentOn, String reference) {
        return clocks.markSubmitted(actor, event.patientId(), event.id(), kind, sentOn, reference);
    }

    /** The facts the rules read, or empty when the event is a draft or no regime is known. */
    Optional<ReportingClockFacts> facts(ClinicId clinic, AdverseEvent event) {
        AdverseEventDetails d = event.details();
        if (event.status() == AdverseEventStatus.DRAFT || d.expected() == null) {
            return Optional.empty();
        }
        Optional<RegulatoryPathway> pathway = pathway(clinic, d);
        if (pathway.isEmpty()) {
            return Optional.empty();
        }
        ReportingClockFacts.Regime regime = ReportingClocks.RULES.regimeOf(pathway.get()).regime();
        Relatedness strongest = d.strongestRelatedness() == null ? Relatedness.UNRELATED : d.strongestRelatedness();
        return Optional.of(new ReportingClockFacts(d.serious(), d.seriousness(), d.expected(), strongest, regime,
                INFECTIONS.contains(d.term().key()), false, event.firstKnownAt(), zones.zoneOf(clinic)));
    }

    /** Which reporting rules apply to the event, in words, for its page. */
    String basis(ClinicId clinic, AdverseEvent event) {
        Optional<RegulatoryPathway> pathway = pathway(clinic, event.details());
        if (pathway.isEmpty()) {
            return "No product or procedure is linked to this event, so Regenpath cannot tell which reporting rules"
                    + " apply and starts no reporting clock. Link the procedure or product to have it decided.";
        }
        ReportingClockRules.PathwayRegime r = ReportingClocks.RULES.regimeOf(pathway.get());
        return "The product's plan was approved as: " + pathway.get().label() + ". Reported under: "
                + r.regime().label() + ".";
    }

    /** The pathway the product's (or else the procedure's) plan version was approved on. */
    Optional<RegulatoryPathway> pathway(ClinicId clinic, AdverseEventDetails d) {
        if (d.productId() != null) {
            Optional<ProductView> product = products.byId(clinic, d.productId());
            if (product.isPresent()) {
                return approvedPathway(clinic, product.get().planId(), product.get().planVersion());
            }
        }
        if (d.procedureId() != null) {
            return procedures.byId(clinic, d.procedureId())
                    .flatMap(p -> products.byId(clinic, p.productId())
                            .map(v -> approvedPathway(clinic, v.planId(), v.planVersion()))
                            .orElseGet(() -> approvedPathway(clinic, p.planId(), null)));
        }
        return Optional.empty();
    }

    private Optional<RegulatoryPathway> approvedPathway(ClinicId clinic, long planId, Integer versionNumber) {
        Optional<PlanRecord> plan = plans.byId(clinic, planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Integer number = versionNumber != null ? versionNumber : plan.get().inForce();
        return plan.get().versions().stream().filter(v -> number != null && v.number() == number)
                .map(PlanVersion::approval).filter(a -> a != null).map(a -> a.pathway()).findFirst();
    }
}
