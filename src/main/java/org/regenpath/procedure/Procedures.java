package org.regenpath.procedure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure record's API. A clinician of the patient's clinic records the procedure once for a product that
 * was administered to that patient; clinicians and coordinators read the records. Every access and refusal is
 * audited. Publishes {@link ProcedureCompleted}.
 */
@Service
public class Procedures {

    static final String RESOURCE = "ProcedureRecord";
    static final int MAX_COMPLICATIONS = 2000;
    static final int MAX_INSTRUCTIONS = 4000;
    private static final Set<Role> READERS = Set.of(Role.CLINICIAN, Role.COORDINATOR);
    private static final Set<Role> WRITERS = Set.of(Role.CLINICIAN);

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ChainOfCustody custody;
    private final ProcedureRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Procedures(PatientRegistry registry, AuditTrail audit, ChainOfCustody custody, ProcedureRecords records,
            ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.custody = custody;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** The patient's procedures, oldest first. */
    @Transactional
    public List<ProcedureRecord> list(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, RESOURCE, READERS);
        List<ProcedureRecord> list = records.byPatient(patient);
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "procedures=" + list.size());
        return list;
    }

    /**
     * Records the procedure for an administered product and publishes {@link ProcedureCompleted}.
     *
     * @throws Conflict on {@code productId} when the product was not administered to this patient, or already has
     *     a procedure record
     * @throws InvalidInput naming every wrong field; nothing is written
     */
    @Transactional
    public ProcedureRecord record(Actor actor, PatientId patient, ProcedureInput in) {
        PatientView view = registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, WRITERS);
        // Every field error at once, the product's among them: a form must not reveal one mistake per attempt.
        Map<String, String> errors = new LinkedHashMap<>();
        ProductView found = product(actor, in.productId(), errors);
        List<ProcedureRecord.Site> sites = validate(in, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ProductView product = administered(patient, found);
        CustodyEvent administration = product.events().stream().filter(e -> e.step() == CustodyStep.ADMINISTERED)
                .findFirst().orElseThrow();
        Instant performedAt = in.performedAt() == null ? administration.at() : in.performedAt();
        if (performedAt.isAfter(Instant.now(clock))) {
            throw InvalidInput.of("performedAt", "Cannot be in the future");
        }
        ProcedureRecord draft = new ProcedureRecord(0, patient, product.productId(), product.planId(), performedAt,
                administration.performedBy().displayName(), in.imageGuidance(), sites, in.complications().strip(),
                in.instructions().strip(), Instant.now(clock));
        long id = records.insert(view.clinicId(), draft, administration.performedBy().userId().value());
        events.publishEvent(new ProcedureCompleted(id, patient, view.clinicId(), product.planId(),
                product.productId(), sites.stream().map(ProcedureRecord.Site::site).toList(), performedAt));
        audit.success(actor, AuditAction.CREATE, patient, RESOURCE, id, "product=" + product.productId());
        return records.byPatient(patient).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The product the actor names, or null with the reason put on {@code productId}. */
    private ProductView product(Actor actor, String productId, Map<String, String> errors) {
        if (productId == null || productId.isBlank()) {
            errors.put("productId", "Give the product that was injected");
            return null;
        }
        try {
            return custody.get(actor, productId.strip());
        } catch (NotFound e) {
            errors.put("productId", "No product " + productId.strip() + " in your clinic");
            return null;
        }
    }

    private ProductView administered(PatientId patient, ProductView product) {
        if (!product.patientId().equals(patient) || product.state() != ProductState.ADMINISTERED) {
            throw new Conflict("productId", "Product " + product.productId() + " is " + product.state().words()
                    + (product.patientId().equals(patient) ? "" : " and belongs to another patient")
                    + "; a procedure is recorded only for a product administered to this patient.");
        }
        if (records.exists(product.productId())) {
            throw new Conflict("productId", "A procedure is already recorded for product " + product.productId()
                    + ".");
        }
        return product;
    }

    private static List<ProcedureRecord.Site> validate(ProcedureInput in, Map<String, String> errors) {
        if (in.imageGuidance() == null) {
            errors.put("imageGuidance", "Choose ultrasound, fluoroscopy or none");
        }
        text("complications", in.complications(), MAX_COMPLICATIONS, "Record immediate complications, or None",
                errors);
        text("instructions", in.instructions(), MAX_INSTRUCTIONS, "Record the post-procedure instructions",
                errors);
        List<ProcedureRecord.Site> sites = new ArrayList<>();
        List<ProcedureInput.SiteInput> given = in.sites() == null ? List.of() : in.sites();
        if (given.isEmpty()) {
            errors.put("sites", "Record at least one injected site");
        }
        Set<InjectionSite> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            site(given.get(i), "sites[" + i + "].", seen, sites, errors);
        }
        return sites;
    }

    private static void site(ProcedureInput.SiteInput s, String prefix, Set<InjectionSite> seen,
            List<ProcedureRecord.Site> sites, Map<String, String> errors) {
        if (s == null) {
            errors.put(prefix + "region", "Name the injection site, e.g. knee joint");
            return;
        }
        // Each part is checked on its own so that a missing side does not hide a missing volume.
        int before = errors.size();
        InjectionSite site = null;
        if (s.laterality() == null) {
            errors.put(prefix + "laterality", "Choose the side: left, right or midline");
            if (s.region() == null || s.region().isBlank()) {
                errors.put(prefix + "region", "Name the injection site, e.g. knee joint");
            }
        } else {
            try {
                site = new InjectionSite(s.region(), s.laterality());
                if (!seen.add(site)) {
                    errors.put(prefix + "region", "The " + site.describe() + " is listed twice");
                }
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((f, m) -> errors.put(prefix + f, m));
            }
        }
        if (s.volumeMl() == null || s.volumeMl().signum() <= 0) {
            errors.put(prefix + "volumeMl", "Enter the volume in mL, more than 0");
        }
        if (s.cells() != null && s.cells() <= 0) {
            errors.put(prefix + "cells", "Enter the cell count as more than 0, or leave it empty");
        }
        if (errors.size() == before && site != null) {
            sites.add(new ProcedureRecord.Site(site, s.volumeMl(), s.cells()));
        }
    }

    private static void text(String field, String value, int max, String missing, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
    }
}
