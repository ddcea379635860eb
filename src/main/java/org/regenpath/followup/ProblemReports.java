package org.regenpath.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems patients report from the portal (or tell the care team, who enter them): stored as reported, never
 * changed, and published as {@link ProblemReported} for the safety module. A patient reads and reports only their
 * own; clinicians and coordinators of the patient's clinic read and enter them. Owns
 * {@code followup_problem_report}.
 */
@Service
public class ProblemReports {

    static final String RESOURCE = "ProblemReport";
    static final int MAX_DESCRIPTION = 2000;
    private static final Set<Role> PEOPLE = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.PATIENT);

    /** What the form sends. */
    public record ProblemInput(String description, LocalDate startedOn, ProblemSeverity severity) {}

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ClinicZones zones;
    private final Clock clock;

    ProblemReports(PatientRegistry registry, AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events,
            ClinicZones zones, Clock clock) {
        this.zones = zones;
        this.registry = registry;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a problem and publishes {@link ProblemReported}.
     *
     * @throws InvalidInput naming each wrong field; nothing is written
     */
    @Transactional
    public ProblemReport report(Actor actor, PatientId patient, ProblemInput in) {
        PatientView who = registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, PEOPLE);
        // The databases keep microseconds: the event carries the instant the report is stored with.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String description = in == null || in.description() == null ? "" : in.description().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (description.isEmpty()) {
            errors.put("description", "Tell us what happened.");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", "At most " + MAX_DESCRIPTION + " characters.");
        }
        if (in == null || in.severity() == null) {
            errors.put("severity", "Choose how bad it is.");
        }
        if (in != null && in.startedOn() != null && in.startedOn().isAfter(zones.dayOf(who.clinicId(), now))) {
            errors.put("startedOn", "Cannot be in the future.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into followup_problem_report (clinic_id, patient_id, description, started_on, severity,
                    reported_at, reported_by, reported_by_role)
                values (:c, :p, :d, :started, :severity, :at, :by, :role)""")
                .param("c", who.clinicId().value()).param("p", patient.value()).param("d", description)
                .param("started", in.startedOn()).param("severity", in.severity().name())
                .param("at", now.atOffset(ZoneOffset.UTC)).param("by", actor.displayName())
                .param("role", actor.role() == null ? "SYSTEM" : actor.role().name())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(new ProblemReported(id, patient, who.clinicId(), in.severity(), now));
        audit.success(actor, AuditAction.CREATE, patient, RESOURCE, id, "severity=" + in.severity());
        return list(patient).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The patient's reports, newest first. */
    @Transactional
    public List<ProblemReport> reports(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, RESOURCE, PEOPLE);
        List<ProblemReport> out = list(patient);
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "reports=" + out.size());
        return out;
    }

    /** The patient's reports, newest first, for a caller that authorised and audits the read (the chart). */
    List<ProblemReport> of(PatientId patient) {
        return list(patient);
    }

    /** The clinic's reports among these ids, oldest first, for a caller that authorises and audits the read. */
    List<ProblemReport> byIds(ClinicId clinic, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from followup_problem_report where clinic_id = :c and id in (:ids) order by id")
                .param("c", clinic.value()).param("ids", List.copyOf(ids)).query(ProblemReports::row).list();
    }

    private List<ProblemReport> list(PatientId patient) {
        return jdbc.sql("select * from followup_problem_report where patient_id = :p order by id desc")
                .param("p", patient.value()).query(ProblemReports::row).list();
    }

    private static ProblemReport row(ResultSet rs, int n) throws SQLException {
        return new ProblemReport(rs.getLong("id"), PatientId.of(rs.getLong("patient_id")),
                rs.getString("description"), rs.getObject("started_on", LocalDate.class),
                ProblemSeverity.valueOf(rs.getString("severity")),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getString("reported_by"),
                rs.getString("reported_by_role"));
    }
}
