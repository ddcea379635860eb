package org.regenpath.planning;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.regenpath.patient.ChartFact;
import org.regenpath.patient.ChartFacts;
import org.regenpath.patient.PatientView;
import org.springframework.stereotype.Component;

/**
 * The chart overview's plan facts: the newest plan with a version in force (approved on, planned dates, product)
 * or the newest draft, and a withdrawn consent to any plan in force.
 */
@Component
class PlanningChartFacts implements ChartFacts {

    private final Plans plans;
    private final ConsentLookup consents;

    PlanningChartFacts(Plans plans, ConsentLookup consents) {
        this.plans = plans;
        this.consents = consents;
    }

    @Override
    public List<ChartFact> about(PatientView patient, java.time.ZoneId zone) {
        List<Plans.Stored> all = plans.byPatient(patient.id());
        Optional<Plans.Stored> approved = all.stream().filter(s -> s.plan().inForce().isPresent())
                .max(Comparator.comparingLong(Plans.Stored::id));
        ChartFact plan;
        if (approved.isPresent()) {
            PlanVersion v = approved.get().plan().inForce().orElseThrow();
            PlanDetails d = v.details();
            plan = ChartFact.of(ChartFact.PLANNING, "plan", "Treatment plan", "Approved "
                    + ChartFact.day(v.approval().approvedAt(), zone) + " (version " + v.number() + "): "
                    + d.productType().label() + ", injection planned for " + ChartFact.day(d.plannedProcedureDate())
                    + (d.plannedHarvestDate() == null || d.plannedHarvestDate().equals(d.plannedProcedureDate()) ? ""
                            : ", harvest " + ChartFact.day(d.plannedHarvestDate())));
        } else if (!all.isEmpty()) {
            plan = ChartFact.of(ChartFact.PLANNING, "plan", "Treatment plan", "Draft, not yet approved");
        } else {
            plan = ChartFact.of(ChartFact.PLANNING, "plan", "Treatment plan", "None");
        }
        Map<Long, ConsentInForce> consent = consents.consentsInForce(all.stream().map(Plans.Stored::id).toList());
        List<ChartFact> withdrawn = consent.values().stream().filter(ConsentInForce::withdrawn)
                .map(c -> new ChartFact(ChartFact.PLANNING + 1, "consent-withdrawn", "Consent withdrawn",
                        ChartFact.day(c.withdrawal().withdrawnAt(), zone) + ", treatment plan " + c.planId()
                                + (c.withdrawal().reason() == null ? "" : ": " + c.withdrawal().reason()), true))
                .toList();
        return Stream.concat(Stream.of(plan), withdrawn.stream()).toList();
    }
}
