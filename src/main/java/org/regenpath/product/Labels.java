package org.regenpath.product;

import java.util.Locale;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints product labels and patient wristbands (issue #4, item 5) as PDF for a thermal label printer. The barcodes
 * carry exactly what the bedside screen reads ({@link BedsideCheck#labelScan}, {@link BedsideCheck#wristbandScan}).
 * Lab technicians and clinicians of the patient's clinic print product labels (the lab labels the container at
 * collection and processing); the care team (clinicians, coordinators) prints wristbands, which are put on at
 * check-in, before the bedside check a clinician runs. Every print is audited as PRINT naming the product or
 * patient and the label template, so who printed which label is on record (FACT-JACIE D7); refusals are audited
 * as everywhere else. See {@code docs/decisions/0011-labels.md}.
 */
@Service
public class Labels {

    static final String PRODUCT_LABEL = "ProductLabel";
    static final String WRISTBAND = "Wristband";
    static final Set<Role> PRODUCT_PRINTERS = Set.of(Role.LAB_TECHNICIAN, Role.CLINICIAN);
    static final Set<Role> WRISTBAND_PRINTERS = PatientRegistry.CARE_TEAM;

    /**
     * A printed label.
     *
     * @param fileName a file name with no PHI in it
     * @param pdf the PDF document
     */
    public record Printed(String fileName, byte[] pdf) {}

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final Products products;
    private final Clinics clinics;
    private final ClinicZones zones;

    Labels(PatientRegistry registry, AuditTrail audit, Products products, Clinics clinics, ClinicZones zones) {
        this.registry = registry;
        this.audit = audit;
        this.products = products;
        this.clinics = clinics;
        this.zones = zones;
    }

    /**
     * The product's label.
     *
     * @throws NotFound when there is no such product in the actor's clinic
     * @throws Conflict on {@code state} when the product was administered or discarded: there is no container left
     *     to label, and a fresh label with a used id must not exist
     */
    @Transactional
    public Printed productLabel(Actor actor, String productId) {
        String id = productId == null ? "" : productId.strip().toUpperCase(Locale.ROOT);
        Products.Stored stored = ChainOfCustody.find(products, audit, actor, productId, AuditAction.PRINT,
                PRODUCT_LABEL, PRODUCT_PRINTERS);
        CellProduct product = stored.product();
        PatientView patient = ChainOfCustody.authorizeOwner(registry, actor, product, productId, AuditAction.PRINT,
                PRODUCT_LABEL, PRODUCT_PRINTERS);
        if (product.state().isFinal()) {
            throw new Conflict("state", "Product " + id + " is " + product.state().words() + "; labels are printed only"
                    + " for a product that is still in a container.");
        }
        ProductLabel label = ProductLabel.of(product, LabelPatient.of(patient), clinic(stored.clinicId()),
                zones.zoneOf(stored.clinicId()));
        byte[] pdf = LabelPdf.product(label);
        audit.success(actor, AuditAction.PRINT, patient.id(), PRODUCT_LABEL, id, "template " + LabelPdf.TEMPLATE
                + (product.cellSource().isAutologous() ? ", " + LabelPdf.AUTOLOGOUS_WARNING : "")
                + (label.notEvaluatedForInfectiousSubstances() ? ", " + LabelPdf.NOT_EVALUATED_WARNING : ""));
        return new Printed("label-" + id + ".pdf", pdf);
    }

    /**
     * The patient's wristband.
     *
     * @throws NotFound when there is no such patient in the actor's clinic
     */
    @Transactional
    public Printed wristband(Actor actor, PatientId patientId) {
        PatientView patient = registry.authorize(actor, patientId, AuditAction.PRINT, WRISTBAND, WRISTBAND_PRINTERS);
        byte[] pdf = LabelPdf.wristband(LabelPatient.of(patient), clinic(patient.clinicId()));
        audit.success(actor, AuditAction.PRINT, patient.id(), WRISTBAND, patient.id(), "template "
                + LabelPdf.TEMPLATE);
        return new Printed("wristband-" + patient.id() + ".pdf", pdf);
    }

    private String clinic(ClinicId id) {
        return clinics.byId(id).map(ClinicView::name).orElse("Clinic " + id);
    }
}
