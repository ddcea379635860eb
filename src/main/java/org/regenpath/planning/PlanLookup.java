package org.regenpath.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.ClinicId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedures approved plans of a clinic plan, for the day list of the procedure module. Like
 * {@link ConsentLookup} it neither authorises nor audits: it runs inside the caller's transaction, after the caller
 * has authorised the actor for the clinic, and the caller audits its own read.
 */
@Service
public class PlanLookup {

    private final Plans plans;
    private final ConsentLookup consents;

    PlanLookup(Plans plans, ConsentLookup consents) {
        this.plans = plans;
        this.consents = consents;
    }

    /**
     * The clinic's plans whose version in force plans the injection from {@code from} to {@code to} (both
     * included), by planned date, then plan. The planned date lives in the version's details, so every version in
     * force of the clinic is read (decision 0027): fine for a clinic's few hundred open plans.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlannedProcedure> plannedBetween(ClinicId clinic, LocalDate from, LocalDate to) {
        List<Plans.Approved> due = plans.approvedInClinic(clinic).stream()
                .filter(a -> {
                    LocalDate day = a.version().details().plannedProcedureDate();
                    return day != null && !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
        Map<Long, ConsentInForce> consent = consents.consentsInForce(due.stream().map(Plans.Approved::planId).toList());
        return due.stream()
                .map(a -> {
                    PlanDetails d = a.version().details();
                    return new PlannedProcedure(a.planId(), a.version().number(), a.patient(), d.productType(),
                            d.sites().stream().map(PlannedSite::site).toList(), d.plannedHarvestDate(),
                            d.plannedProcedureDate(), a.version().approval().approvedAt(), consent.get(a.planId()));
                })
                .sorted(Comparator.comparing(PlannedProcedure::plannedProcedureDate)
                        .thenComparing(PlannedProcedure::planId))
                .toList();
    }
}
