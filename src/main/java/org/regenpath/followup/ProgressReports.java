package org.regenpath.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's progress report on paper (PDF), for the patient and their referring physician: the treatment and,
 * per instrument, the same trajectories the follow-up pages show ({@link FollowupTrajectories}), with the MCID in
 * plain words and its source. Clinicians and coordinators of the patient's clinic, and the patient for their own
 * record, may make it; every report and refusal is audited as a print.
 */
@Service
public class ProgressReports {

    static final String RESOURCE = "ProgressReport";

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final FollowupTrajectories trajectories;
    private final Clinics clinics;
    private final ProductLookup products;
    private final ProcedureLookup procedures;
    private final ClinicZones zones;
    private final Clock clock;

    ProgressReports(PatientRegistry registry, AuditTrail audit, FollowupTrajectories trajectories, Clinics clinics,
            ProductLookup products, ProcedureLookup procedures, ClinicZones zones, Clock clock) {
        this.zones = zones;
        this.registry = registry;
        this.audit = audit;
        this.trajectories = trajectories;
        this.clinics = clinics;
        this.products = products;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** The report as a PDF. */
    @Transactional
    public byte[] pdf(Actor actor, PatientId patient) {
        PatientView p = registry.authorize(actor, patient, AuditAction.PRINT, RESOURCE, FollowupSchedules.READERS);
        List<ScheduleTrajectory> schedules = trajectories.compute(p.clinicId(), patient);
        java.time.ZoneId zone = zones.zoneOf(p.clinicId());
        Map<String, ProductView> byId = products.byPatient(p.clinicId(), patient).stream()
                .collect(Collectors.toMap(ProductView::productId, Function.identity(), (a, b) -> a));
        List<ProgressPdf.Treatment> treatments = new ArrayList<>();
        procedures.byProducts(p.clinicId(), byId.keySet()).values().stream()
                .sorted(Comparator.comparing(ProcedureRecord::performedAt))
                .forEach(r -> treatments.add(new ProgressPdf.Treatment(
                        LocalDate.ofInstant(r.performedAt(), zone),
                        String.join("; ", r.sites().stream().map(s -> s.site().describe()).toList()),
                        byId.get(r.productId()).productType().label())));
        String clinic = clinics.byId(p.clinicId()).map(ClinicView::name).orElse("");
        byte[] pdf = ProgressPdf.render(new ProgressPdf.Header(p.familyName().toUpperCase(java.util.Locale.ROOT)
                + ", " + p.givenName(), p.mrn(), p.dateOfBirth(), clinic, LocalDate.now(clock.withZone(zone))), treatments, schedules);
        audit.success(actor, AuditAction.PRINT, patient, RESOURCE, null, "schedules=" + schedules.size()
                + " treatments=" + treatments.size() + " bytes=" + pdf.length);
        return pdf;
    }
}
