package org.regenpath.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a patient stands, composed from the {@link ChartFacts} the owning modules provide: for the chart's Overview
 * tab and the printable chart summary. Clinicians and coordinators of the patient's clinic read it; both reads
 * are audited (the summary as its own resource, since it leaves the screen on paper), and so are refusals.
 */
@Service
public class ChartOverview {

    static final String OVERVIEW = "ChartOverview";
    static final String SUMMARY = "ChartSummary";

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ObjectProvider<ChartFacts> sources;
    private final org.regenpath.shared.ClinicZones zones;
    private final Clock clock;

    ChartOverview(PatientRegistry registry, AuditTrail audit, ObjectProvider<ChartFacts> sources,
            org.regenpath.shared.ClinicZones zones, Clock clock) {
        this.zones = zones;
        this.registry = registry;
        this.audit = audit;
        this.sources = sources;
        this.clock = clock;
    }

    /** The facts for the chart's Overview tab. */
    @Transactional
    public ChartSummary overview(Actor actor, PatientId patient) {
        return read(actor, patient, OVERVIEW);
    }

    /** The same facts for the printable chart summary, audited as a read of the summary. */
    @Transactional
    public ChartSummary summary(Actor actor, PatientId patient) {
        return read(actor, patient, SUMMARY);
    }

    private ChartSummary read(Actor actor, PatientId id, String resource) {
        PatientView patient = registry.authorize(actor, id, AuditAction.READ, resource, PatientRegistry.CARE_TEAM);
        java.time.ZoneId zone = zones.zoneOf(patient.clinicId());
        List<ChartFact> facts = sources.orderedStream().flatMap(s -> s.about(patient, zone).stream())
                .sorted(Comparator.comparingInt(ChartFact::order)).toList();
        audit.success(actor, AuditAction.READ, id, resource, id, "facts=" + facts.size());
        return new ChartSummary(patient, facts, Instant.now(clock));
    }
}
