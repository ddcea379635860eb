package org.regenpath.safety;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Paging;
import org.regenpath.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic safety view's figures ({@link SafetyRates}) for the care team of the actor's clinic: clinicians, and
 * coordinators, who read the clinic's events already (decision 0047). Lab staff, researchers, administrators and
 * patients are refused. Every read and refusal is audited as a search of the clinic's figures.
 *
 * <p>What is counted: every procedure the clinic recorded (read through the procedure lookup, whether or not the
 * safety module made checklists for it), with the cell source and product type of the product it injected (the
 * product lookup); every adverse event of the clinic as it stands now, drafts included (they count as not yet
 * graded), linked to its procedure, or through its product to the procedure that injected that product. A
 * procedure has a solicited answer when at least one of its checklists was answered, or when an event of it says
 * it was found on a solicited checklist (staff who record the answer on the event itself).
 */
@Service
public class SafetyFigures {

    static final String RESOURCE = "SafetyFigures";
    private static final int PAGE = Paging.MAX_SIZE;

    private final AuditTrail audit;
    private final ProcedureLookup procedures;
    private final ProductLookup products;
    private final ChecklistStore checklists;
    private final AdverseEventRecords events;
    private final ClinicZones zones;

    SafetyFigures(AuditTrail audit, ProcedureLookup procedures, ProductLookup products, ChecklistStore checklists,
            AdverseEventRecords events, ClinicZones zones) {
        this.audit = audit;
        this.procedures = procedures;
        this.products = products;
        this.checklists = checklists;
        this.events = events;
        this.zones = zones;
    }

    /**
     * The figures on one day of the clinic.
     *
     * @param countedOn the clinic's date the figures were counted on
     * @param table the figures
     */
    public record Counted(LocalDate countedOn, SafetyRateTable table) {}

    /** Whether the actor may see the clinic's figures (the safety pages offer the tab by it). */
    public static boolean mayRead(Actor actor) {
        return !actor.isPatient() && !actor.isSystem() && PatientRegistry.allows(actor, PatientRegistry.CARE_TEAM);
    }

    /**
     * The figures of the actor's clinic today.
     *
     * @throws AccessDenied for anyone but a clinician or coordinator
     */
    @Transactional
    public Counted count(Actor actor) {
        if (!mayRead(actor)) {
            audit.denied(actor, AuditAction.SEARCH, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only the clinic's clinicians and coordinators can see its safety figures.");
        }
        ClinicId clinic = actor.clinicId();
        ZoneId zone = zones.zoneOf(clinic);
        LocalDate today = zones.today(clinic);
        List<ProcedureRecord> recorded = allProcedures(clinic);
        Map<String, ProductView> productOf = new HashMap<>();
        products.byIds(clinic, recorded.stream().map(ProcedureRecord::productId).distinct().toList())
                .forEach(v -> productOf.put(v.productId(), v));
        Map<String, Long> procedureOfProduct = new HashMap<>();
        recorded.forEach(r -> procedureOfProduct.putIfAbsent(r.productId(), r.id()));

        List<SafetyRateEvent> counted = new ArrayList<>();
        Set<Long> answered = new HashSet<>(checklists.answeredProcedures(clinic));
        for (AdverseEventRecords.Counted e : events.countedInClinic(clinic)) {
            Long procedure = e.procedureId() != null ? e.procedureId()
                    : e.productId() == null ? null : procedureOfProduct.get(e.productId());
            SafetyRateEvent.Detection how = SafetyRateEvent.Detection.valueOf(e.detection().name());
            if (how.solicited() && procedure != null) {
                answered.add(procedure);
            }
            counted.add(new SafetyRateEvent(procedure, e.grade(), e.serious(), how));
        }
        List<SafetyRateProcedure> rated = new ArrayList<>();
        for (ProcedureRecord r : recorded) {
            ProductView product = productOf.get(r.productId());
            if (product != null) {
                rated.add(new SafetyRateProcedure(r.id(), product.cellSource(), product.productType(),
                        LocalDate.ofInstant(r.performedAt(), zone), answered.contains(r.id())));
            }
        }
        SafetyRateTable table = SafetyRates.count(rated, counted, today);
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, "procedures=" + table.procedures()
                + " events=" + counted.size() + " left-out=" + table.eventsLeftOut());
        return new Counted(today, table);
    }

    private List<ProcedureRecord> allProcedures(ClinicId clinic) {
        List<ProcedureRecord> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResultPage<ProcedureRecord> one = procedures.page(clinic, new Paging(page, PAGE));
            all.addAll(one.items());
            if (one.items().size() < PAGE || all.size() >= one.total()) {
                return all;
            }
        }
    }
}
