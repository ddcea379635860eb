package org.regenpath.followup;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's outcome trajectories for the clinician view: per schedule, instrument and scale, the scores over time
 * against the baseline, the MCID threshold line and the responder status at each follow-up. Clinicians and
 * coordinators of the patient's clinic read them; every read and refusal is audited.
 */
@Service
public class FollowupTrajectories {

    static final String RESOURCE = "FollowupTrajectory";

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final FollowupSchedules schedules;
    private final Responses responses;
    private final InstrumentCatalog catalog;
    private final ClinicZones zones;

    FollowupTrajectories(PatientRegistry registry, AuditTrail audit, FollowupSchedules schedules, Responses responses,
            InstrumentCatalog catalog, ClinicZones zones) {
        this.zones = zones;
        this.registry = registry;
        this.audit = audit;
        this.schedules = schedules;
        this.responses = responses;
        this.catalog = catalog;
    }

    /** The patient's trajectories, one entry per follow-up schedule, oldest first; a patient reads only their own. */
    @Transactional
    public List<ScheduleTrajectory> trajectories(Actor actor, PatientId patient) {
        PatientView who = registry.authorize(actor, patient, AuditAction.READ, RESOURCE, FollowupSchedules.READERS);
        List<ScheduleTrajectory> out = compute(who.clinicId(), patient);
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "schedules=" + out.size() + " responses="
                + out.stream().flatMap(s -> s.instruments().stream()).mapToInt(InstrumentTrajectory::responses).sum());
        return out;
    }

    /** The trajectories as the pages show them, for a caller that has authorised and audits the read. */
    List<ScheduleTrajectory> compute(ClinicId clinic, PatientId patient) {
        ZoneId zone = zones.zoneOf(clinic);
        Map<Long, StoredResponse> byTask = responses.byPatient(patient).stream()
                .collect(Collectors.toMap(StoredResponse::taskId, Function.identity()));
        return schedules.views(patient).stream().map(s -> Trajectories.of(s, byTask, catalog, zone)).toList();
    }
}
