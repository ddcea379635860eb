package org.regenpath.trace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-way tracking for recalls (21 CFR 1271.290(b)): product to patient, administration and procedure; patient to
 * every product; kit lot or device to every product and patient. Read-only, for clinicians and lab technicians,
 * only within the actor's own clinic. Every trace is audited; a lot or device search also audits, per patient,
 * that it revealed that patient. Lab technicians see patients as their labels name them (name, date of birth,
 * MRN; no chart link) and no procedure records.
 */
@Service
public class Traceability {

    static final String RESOURCE = "Trace";
    static final Set<Role> TRACERS = Set.of(Role.CLINICIAN, Role.LAB_TECHNICIAN);
    static final int MAX_MATERIAL = 100;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ProductLookup products;
    private final ProcedureLookup procedures;

    Traceability(PatientRegistry registry, AuditTrail audit, ProductLookup products, ProcedureLookup procedures) {
        this.registry = registry;
        this.audit = audit;
        this.products = products;
        this.procedures = procedures;
    }

    /**
     * From a product to its patient, administration and procedure.
     *
     * @throws NotFound when there is no such product in the actor's clinic
     */
    @Transactional
    public TracedProduct product(Actor actor, String productId) {
        requireTracer(actor, AuditAction.READ);
        ProductView product = products.byIdentifier(productId).orElseThrow(() -> {
            audit.denied(actor, AuditAction.READ, null, RESOURCE, productId, "no such product");
            return new NotFound("No product " + productId + " in your clinic.");
        });
        PatientView patient;
        try {
            patient = registry.authorize(actor, product.patientId(), AuditAction.READ, RESOURCE, TRACERS);
        } catch (NotFound e) {
            // Another clinic's product answers exactly as no product does, never naming its patient.
            throw new NotFound("No product " + productId + " in your clinic.");
        }
        TracedProduct traced = trace(actor, patient.clinicId(), List.of(product), Map.of(patient.id(), patient))
                .get(0);
        audit.success(actor, AuditAction.READ, patient.id(), RESOURCE, product.productId(), "product trace");
        return traced;
    }

    /**
     * From a patient to every product collected for them.
     *
     * @throws NotFound when there is no such patient in the actor's clinic
     */
    @Transactional
    public PatientTrace patient(Actor actor, PatientId patientId) {
        PatientView patient = registry.authorize(actor, patientId, AuditAction.READ, RESOURCE, TRACERS);
        List<TracedProduct> traced = trace(actor, patient.clinicId(),
                products.byPatient(patient.clinicId(), patientId), Map.of(patient.id(), patient));
        audit.success(actor, AuditAction.READ, patientId, RESOURCE, patientId, "patient trace, products="
                + traced.size());
        return new PatientTrace(TracedPatient.of(patient, identifies(actor)), traced);
    }

    /**
     * From a kit lot or a device (exactly one; matched ignoring case) to every product of the actor's clinic with
     * a custody step that used it, and their patients. Another clinic's products are never found.
     *
     * @throws InvalidInput on {@code kitLot} unless exactly one of the two is given, within 100 characters
     */
    @Transactional
    public LotTrace lot(Actor actor, String kitLot, String device) {
        requireTracer(actor, AuditAction.SEARCH);
        String lot = blankToNull(kitLot);
        String dev = blankToNull(device);
        if ((lot == null) == (dev == null)) {
            throw InvalidInput.of("kitLot", "Give a kit lot or a device, not both and not neither");
        }
        String searched = lot != null ? lot : dev;
        if (searched.length() > MAX_MATERIAL) {
            throw InvalidInput.of(lot != null ? "kitLot" : "device", "At most " + MAX_MATERIAL + " characters");
        }
        ClinicId clinic = actor.clinicId();
        List<ProductView> found = lot != null ? products.byKitLot(clinic, lot) : products.byDevice(clinic, dev);
        String query = lot != null ? "kitLot=" + lot : "device=" + dev;
        Map<PatientId, PatientView> patients = new LinkedHashMap<>();
        for (ProductView p : found) {
            patients.computeIfAbsent(p.patientId(), id -> reveal(actor, id, query, found));
        }
        List<TracedProduct> traced = trace(actor, clinic, found, patients);
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, query + " products=" + traced.size()
                + " patients=" + patients.size());
        return new LotTrace(lot, dev, traced, patients.values().stream()
                .map(v -> TracedPatient.of(v, identifies(actor))).toList());
    }

    /** Refuses (and audits) an actor who may not trace, before the search form is even shown. */
    public void checkMayTrace(Actor actor) {
        requireTracer(actor, AuditAction.SEARCH);
    }

    /** Authorises and audits that a lot search showed this patient, naming the products it found of theirs. */
    private PatientView reveal(Actor actor, PatientId id, String query, List<ProductView> found) {
        PatientView patient = registry.authorize(actor, id, AuditAction.READ, RESOURCE, TRACERS);
        List<String> theirs = found.stream().filter(p -> p.patientId().equals(id)).map(ProductView::productId)
                .toList();
        audit.success(actor, AuditAction.READ, id, RESOURCE, query, "revealed by lot search: products " + theirs);
        return patient;
    }

    private List<TracedProduct> trace(Actor actor, ClinicId clinic, List<ProductView> found,
            Map<PatientId, PatientView> patients) {
        Map<String, ProcedureRecord> records = identifies(actor)
                ? procedures.byProducts(clinic, found.stream().map(ProductView::productId).toList()) : Map.of();
        return found.stream().map(p -> TracedProduct.of(p, TracedPatient.of(patients.get(p.patientId()),
                identifies(actor)), records.get(p.productId()))).toList();
    }

    /** Clinicians open charts and see procedure records; lab technicians see the label's patient line only. */
    private static boolean identifies(Actor actor) {
        return actor.hasRole(Role.CLINICIAN);
    }

    private void requireTracer(Actor actor, AuditAction action) {
        if (!actor.hasRole(TRACERS.toArray(Role[]::new))) {
            audit.denied(actor, action, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not trace products.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
