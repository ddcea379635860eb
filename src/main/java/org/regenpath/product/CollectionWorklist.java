package org.regenpath.product;

import java.util.List;
import java.util.Map;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentLookup;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lab's worklist: the clinic's approved plans waiting for collection, by planned date, each leading to the
 * collect page. A plan leaves it when a product is collected for it, and while the patient's consent to it is not
 * in force (withdrawn). Lab technicians, clinicians and coordinators of the clinic read it; the read is audited.
 */
@Service
public class CollectionWorklist {

    static final String RESOURCE = "CollectionWorklist";

    private final ApprovedPlans plans;
    private final ConsentLookup consents;
    private final ChainOfCustody custody;
    private final AuditTrail audit;

    CollectionWorklist(ApprovedPlans plans, ConsentLookup consents, ChainOfCustody custody, AuditTrail audit) {
        this.plans = plans;
        this.consents = consents;
        this.custody = custody;
        this.audit = audit;
    }

    /** The plans waiting for collection, soonest planned date first. */
    @Transactional
    public List<AwaitingCollection> waiting(Actor actor) {
        ChainOfCustody.requireReader(audit, actor, RESOURCE, "the lab's worklist");
        List<ApprovedPlans.Waiting> rows = plans.waiting(actor.clinicId(), ChainOfCustody.BOARD_LIMIT);
        Map<Long, ConsentInForce> consent = consents.consentsInForce(rows.stream()
                .map(ApprovedPlans.Waiting::planId).toList());
        List<ApprovedPlans.Waiting> consented = rows.stream()
                .filter(w -> consent.containsKey(w.planId()) && consent.get(w.planId()).inForce())
                .toList();
        Map<PatientId, String> names = custody.labelNames(actor, consented.stream()
                .map(ApprovedPlans.Waiting::patientId).distinct().toList());
        List<AwaitingCollection> list = consented.stream()
                .filter(w -> names.containsKey(w.patientId()))
                .map(w -> new AwaitingCollection(w.planId(), w.planVersion(), w.patientId(), names.get(w.patientId()),
                        w.productType(), w.sites(), w.plannedHarvestDate(), w.plannedProcedureDate()))
                .toList();
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, "waiting=" + list.size());
        return list;
    }
}
