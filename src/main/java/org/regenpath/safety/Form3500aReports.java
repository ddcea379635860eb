package org.regenpath.safety;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.patient.PatientLookup;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.PlanLookup;
import org.regenpath.planning.PlanVersion;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft Form FDA 3500A of one adverse event, for a clinician of the patient's clinic: the event, the patient
 * (initials, age at onset, sex), the product and the procedure it followed, read through their modules' lookups
 * and put on {@link Form3500aDraft}. What Regenpath does not hold for the event is left empty, so the draft marks
 * it to be completed by hand. Every draft made, and every refusal, is in the audit trail.
 */
@Service
public class Form3500aReports {

    static final String RESOURCE = "Form3500aDraft";
    private static final Set<Role> CLINICIANS = Set.of(Role.CLINICIAN);

    private final AdverseEvents events;
    private final ReportingClocks clocks;
    private final PatientRegistry registry;
    private final PatientLookup patients;
    private final ProductLookup products;
    private final ProcedureLookup procedures;
    private final PlanLookup plans;
    private final Clinics clinics;
    private final ClinicZones zones;
    private final AuditTrail audit;
    private final Clock clock;

    Form3500aReports(AdverseEvents events, ReportingClocks clocks, PatientRegistry registry, PatientLookup patients,
            ProductLookup products, ProcedureLookup procedures, PlanLookup plans, Clinics clinics, ClinicZones zones,
            AuditTrail audit, Clock clock) {
        this.events = events;
        this.clocks = clocks;
        this.registry = registry;
        this.patients = patients;
        this.products = products;
        this.procedures = procedures;
        this.plans = plans;
        this.clinics = clinics;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The draft as PDF bytes.
     *
     * @throws org.regenpath.shared.NotFound when the event is not in the actor's clinic
     * @throws org.regenpath.shared.AccessDenied for anyone but a clinician
     */
    @Transactional
    public byte[] draft(Actor actor, long eventId) {
        registry.inClinic(actor, List.of(), AuditAction.READ, RESOURCE, CLINICIANS);
        AdverseEvent event = events.get(actor, eventId);
        ClinicId clinic = actor.clinicId();
        PatientView patient = patients.byId(clinic, event.patientId()).orElseThrow();
        ZoneId zone = zones.zoneOf(clinic);
        ReportingClock due = clocks.ofEvent(actor, event.patientId(), eventId).stream()
                .filter(r -> !r.submitted()).map(ReportingClockRecord::clock).findFirst().orElse(null);
        Form3500aFacts facts = new Form3500aFacts(patient(patient, event), eventFacts(event),
                product(clinic, event.details(), zone), reporter(clinic, event), due,
                LocalDate.ofInstant(Instant.now(clock), zone), zone);
        byte[] pdf = Form3500aDraft.render(facts);
        audit.success(actor, AuditAction.READ, event.patientId(), RESOURCE, eventId, "draft bytes=" + pdf.length);
        return pdf;
    }

    private static Form3500aFacts.Patient patient(PatientView p, AdverseEvent event) {
        String initials = initial(p.givenName()) + initial(p.familyName());
        LocalDate onset = event.details().onsetDate();
        return new Form3500aFacts.Patient(initials, p.dateOfBirth() == null ? null : p.ageOn(onset),
                p.sexAtBirth() == null ? null : p.sexAtBirth().label());
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase() + ".";
    }

    private static Form3500aFacts.Event eventFacts(AdverseEvent event) {
        AdverseEventDetails d = event.details();
        return new Form3500aFacts.Event(d.onsetDate(), d.termName(), d.term().ncitCode(), d.grade(),
                d.grade() == null ? null : d.gradeDefinition(), d.seriousness(), d.strongestRelatedness(),
                d.outcome() == null ? null : d.outcome().label(), d.description(), event.firstKnownAt());
    }

    private Form3500aFacts.Product product(ClinicId clinic, AdverseEventDetails d, ZoneId zone) {
        Optional<ProcedureRecord> procedure = d.procedureId() == null ? Optional.empty()
                : procedures.byId(clinic, d.procedureId());
        String productId = d.productId() != null ? d.productId() : procedure.map(ProcedureRecord::productId)
                .orElse(null);
        Optional<ProductView> product = productId == null ? Optional.empty() : products.byId(clinic, productId);
        String ind = product.flatMap(p -> plans.byId(clinic, p.planId()).flatMap(plan -> plan.versions().stream()
                .filter(v -> v.number() == p.planVersion()).map(PlanVersion::approval).filter(a -> a != null)
                .map(a -> a.record().indNumber()).filter(n -> n != null).findFirst())).orElse(null);
        return new Form3500aFacts.Product(
                product.map(p -> p.productType().label() + " (" + p.cellSource().label() + ")").orElse(null),
                product.map(ProductView::productId).orElse(productId), null,
                product.map(ProductView::expiresAt).orElse(null),
                procedure.map(p -> LocalDate.ofInstant(p.performedAt(), zone)).orElse(null),
                procedure.map(Form3500aReports::route).orElse(null), null, ind);
    }

    private static String route(ProcedureRecord p) {
        return "Injection, " + p.sites().stream().map(s -> s.site().describe() + volume(s.volumeMl()))
                .collect(Collectors.joining("; "));
    }

    private static String volume(BigDecimal ml) {
        return ml == null ? "" : ", " + ml.stripTrailingZeros().toPlainString() + " mL";
    }

    /**
     * The clinic reports; who told it decides the form's report source: a clinician's own observation is a health
     * professional's report, anything the patient told the clinic (portal, phone, checklist) is a consumer's.
     */
    private Form3500aFacts.Reporter reporter(ClinicId clinic, AdverseEvent event) {
        String clinicName = clinics.byId(clinic).map(ClinicView::name).orElse(null);
        boolean clinician = event.details().detection() == Detection.CLINICIAN_OBSERVED;
        return new Form3500aFacts.Reporter(event.versions().get(0).changedBy().displayName(), null, null,
                clinicName, clinician ? "Health professional" : "Consumer");
    }
}
