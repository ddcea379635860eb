package org.regenpath.procedure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.PlanLookup;
import org.regenpath.planning.PlannedProcedure;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day list: the procedures the clinic's approved plans plan for today and the rest of the week, with the
 * product's state and whether the procedure was recorded. Planned dates come from planning's {@link PlanLookup},
 * products from product's {@link ProductLookup}. Clinicians and coordinators of the clinic read it; the read is
 * audited, and a refused one too.
 */
@Service
public class ProcedureDayLists {

    static final String RESOURCE = "ProcedureDayList";
    private static final Set<Role> READERS = Set.of(Role.CLINICIAN, Role.COORDINATOR);

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final PlanLookup plans;
    private final ProductLookup products;
    private final ProcedureRecords records;
    private final org.regenpath.shared.ClinicZones zones;

    ProcedureDayLists(PatientRegistry registry, AuditTrail audit, PlanLookup plans, ProductLookup products,
            ProcedureRecords records, org.regenpath.shared.ClinicZones zones) {
        this.registry = registry;
        this.audit = audit;
        this.plans = plans;
        this.products = products;
        this.records = records;
        this.zones = zones;
    }

    /**
     * Today's procedures and the rest of this week's, each by planned date, then patient; and before them the overdue
     * ones: planned before today, not recorded as performed, consent not withdrawn.
     */
    @Transactional
    public DayList week(Actor actor) {
        registry.inClinic(actor, List.of(), AuditAction.SEARCH, RESOURCE, READERS);
        LocalDate today = zones.today(actor.clinicId());
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        // From the first day there is: an approved plan whose day has passed untreated is overdue, however old.
        List<PlannedProcedure> planned = plans.plannedBetween(actor.clinicId(), LocalDate.MIN, sunday);
        Map<PatientId, PatientView> patients = registry.inClinic(actor, planned.stream()
                .map(PlannedProcedure::patientId).distinct().toList(), AuditAction.SEARCH, RESOURCE, READERS);
        Map<Long, ProductView> newestProduct = new HashMap<>();
        products.byPlans(actor.clinicId(), planned.stream().map(PlannedProcedure::planId).distinct().toList())
                .forEach(v -> newestProduct.put(v.planId(), v));
        Map<Long, ProcedureRecord> treated = new HashMap<>();
        records.byPlans(actor.clinicId(), planned.stream().map(PlannedProcedure::planId).toList())
                .forEach(r -> treated.put(r.planId(), r));
        List<DayListEntry> entries = planned.stream()
                .filter(p -> patients.containsKey(p.patientId()))
                .map(p -> entry(p, patients.get(p.patientId()), newestProduct.get(p.planId()),
                        treated.get(p.planId())))
                .sorted(Comparator.comparing(DayListEntry::plannedOn).thenComparing(DayListEntry::patientName))
                .toList();
        List<DayListEntry> overdue = entries.stream().filter(e -> e.plannedOn().isBefore(today)
                && e.treatedAt() == null && !e.consentWithdrawn()).toList();
        List<DayListEntry> todays = entries.stream().filter(e -> e.plannedOn().equals(today)).toList();
        List<DayListEntry> rest = entries.stream().filter(e -> e.plannedOn().isAfter(today)).toList();
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, "from=" + today + " to=" + sunday
                + " results=" + (todays.size() + rest.size()) + " overdue=" + overdue.size());
        return new DayList(today, sunday, overdue, todays, rest);
    }


    private static DayListEntry entry(PlannedProcedure p, PatientView patient, ProductView product,
            ProcedureRecord record) {
        return new DayListEntry(p.planId(), p.patientId(), patient.familyName() + ", " + patient.givenName(),
                patient.mrn(), p.plannedProcedureDate(), p.productType(), p.sitesText(),
                product == null ? null : product.productId(), product == null ? null : product.state(),
                record == null ? null : record.performedAt(), p.consent() != null && p.consent().withdrawn());
    }
}
