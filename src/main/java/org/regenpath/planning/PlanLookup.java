package org.regenpath.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a clinic's treatment plans for modules that authorise and audit on their own (a registry, a FHIR facade, the
 * safety module; decision 0038), and the procedures approved plans of a clinic plan, for the day list of the
 * procedure module. Like
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

    /** The clinic's plan, or empty when it is another clinic's or there is none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PlanRecord> byId(ClinicId clinic, long id) {
        return plans.byIds(clinic, List.of(id)).stream().findFirst();
    }

    /** The clinic's plans among these ids, by id; one query for the plans and one for their versions. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlanRecord> byIds(ClinicId clinic, Collection<Long> ids) {
        return plans.byIds(clinic, ids);
    }

    /** The patient's plans in the clinic, oldest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlanRecord> byPatient(ClinicId clinic, PatientId patient) {
        return plans.byPatient(clinic, patient);
    }

    /** One page of the clinic's plans, in the order they were created, with the total. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultPage<PlanRecord> page(ClinicId clinic, Paging paging) {
        return new ResultPage<>(plans.page(clinic, paging.offset(), paging.size()), paging.page(), paging.size(),
                plans.count(clinic));
    }

    /**
     * The clinic's plans changed after the cursor, oldest change first, at most {@code limit}. A plan changes when
     * a version is written or approved and when a consent to it is recorded or withdrawn.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Changes<PlanRecord> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return Changes.of(plans.changedSince(clinic, cursor, Changes.limit(limit)), cursor, limit,
                p -> new ChangeCursor(p.updatedAt(), p.id()));
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
