package org.regenpath.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored reporting clocks of adverse events ({@code safety_reporting_clock}). Opening the clocks of an event is
 * idempotent: the clocks the rules start that are not yet stored are added, the others are left as they are (the
 * first day 0 and deadline stand). A clinician of the patient's clinic opens clocks and marks a report submitted
 * (once; a second mark changes nothing); the care team reads them. Every access is audited, every refusal too. The
 * clinic's zone is taken from the clinic, whatever the facts say, so that deadlines are always the clinic's days.
 */
@Service
public class ReportingClocks {

    static final String RESOURCE = "ReportingClock";
    private static final Set<Role> CLINICIANS = Set.of(Role.CLINICIAN);
    private static final int MAX_REFERENCE = 100;

    /** The shipped rules, read once. */
    static final ReportingClockRules RULES = ReportingClockRules.standard();

    private final ReportingClockRules rules = RULES;
    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ClinicZones zones;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingClocks(PatientRegistry registry, AuditTrail audit, ClinicZones zones, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.zones = zones;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens the clocks that the event's facts start and that are not open yet; answers all of the event's clocks. */
    @Transactional
    public List<ReportingClockRecord> open(Actor actor, PatientId patient, long eventId, ReportingClockFacts facts) {
        PatientView p = registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, CLINICIANS);
        ZoneId zone = zones.zoneOf(p.clinicId());
        ReportingClockFacts local = new ReportingClockFacts(facts.serious(), facts.criteria(), facts.expected(),
                facts.strongest(), facts.regime(), facts.communicableDisease(), facts.interventionNeeded(),
                facts.firstKnownAt(), zone);
        int added = 0;
        for (ReportingClock c : rules.clocksFor(local)) {
            added += jdbc.sql("""
                    insert into safety_reporting_clock (clinic_id, patient_id, event_id, kind, days, citation,
                        first_known_at, zone, day_zero, deadline, ends_at, opened_at, opened_by_user_id, opened_by)
                    select :c, :p, :e, :k, :d, :cite, :known, :z, :day0, :deadline, :ends, :at, :uid, :by
                    where not exists (select 1 from safety_reporting_clock where event_id = :e and kind = :k)""")
                    .param("c", p.clinicId().value()).param("p", patient.value()).param("e", eventId)
                    .param("k", c.rule().kind().name()).param("d", c.rule().days())
                    .param("cite", c.rule().citation()).param("known", utc(c.firstKnownAt()))
                    .param("z", zone.getId()).param("day0", c.dayZero()).param("deadline", c.deadline())
                    .param("ends", utc(c.endsAt())).param("at", utc(Instant.now(clock)))
                    .param("uid", actor.staffMember().userId().value()).param("by", actor.displayName())
                    .update();
        }
        audit.success(actor, AuditAction.CREATE, patient, RESOURCE, eventId, "event=" + eventId + " opened=" + added);
        return stored(patient, eventId);
    }

    /** Marks the event's report of one kind submitted today, without a reference (see the full form). */
    @Transactional
    public ReportingClockRecord markSubmitted(Actor actor, PatientId patient, long eventId,
            ReportingClockRule.Kind kind) {
        return markSubmitted(actor, patient, eventId, kind, null, null);
    }

    /**
     * Marks the event's report of one kind submitted; a report already marked keeps its first mark.
     *
     * @param sentOn the clinic's day the report was sent; today when {@code null}
     * @param reference the report's reference, or {@code null}
     * @throws InvalidInput on {@code sentOn} (in the future, or before the clinic knew) or {@code reference}
     */
    @Transactional
    public ReportingClockRecord markSubmitted(Actor actor, PatientId patient, long eventId,
            ReportingClockRule.Kind kind, LocalDate sentOn, String reference) {
        PatientView p = registry.authorize(actor, patient, AuditAction.UPDATE, RESOURCE, CLINICIANS);
        ReportingClockRecord current = stored(patient, eventId).stream()
                .filter(r -> r.clock().rule().kind() == kind).findFirst().orElse(null);
        if (current == null) {
            audit.denied(actor, AuditAction.UPDATE, patient, RESOURCE, eventId, "no such clock of the event");
            throw new NotFound("This event has no " + rules.rule(kind).citation() + " reporting clock.");
        }
        LocalDate today = zones.today(p.clinicId());
        LocalDate day = sentOn == null ? today : sentOn;
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        checkSubmission(current, day, today, ref);
        if (!current.submitted()) {
            jdbc.sql("""
                    update safety_reporting_clock set submitted_at = :at, submitted_by_user_id = :uid,
                        submitted_by = :by, submitted_on = :on, submitted_reference = :ref
                    where id = :id and submitted_at is null""")
                    .param("at", utc(Instant.now(clock))).param("uid", actor.staffMember().userId().value())
                    .param("by", actor.displayName()).param("on", day).param("ref", ref)
                    .param("id", current.id()).update();
        }
        audit.success(actor, AuditAction.UPDATE, patient, RESOURCE, current.id(), "event=" + eventId + " kind="
                + kind.name() + (current.submitted() ? " already-submitted" : " submitted"));
        return stored(patient, eventId).stream().filter(r -> r.id() == current.id()).findFirst().orElseThrow();
    }

    private static void checkSubmission(ReportingClockRecord clock, LocalDate day, LocalDate today,
            String reference) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (day.isAfter(today)) {
            errors.put("sentOn", "Cannot be in the future");
        } else if (day.isBefore(clock.clock().dayZero())) {
            errors.put("sentOn", "Cannot be before the clinic first knew of the event ("
                    + DateStyle.day(clock.clock().dayZero(), clock.clock().zone()) + ")");
        }
        if (reference != null && reference.length() > MAX_REFERENCE) {
            errors.put("reference", "At most " + MAX_REFERENCE + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The event's clocks, shortest deadline first, for the care team of the patient's clinic. */
    @Transactional
    public List<ReportingClockRecord> ofEvent(Actor actor, PatientId patient, long eventId) {
        registry.authorize(actor, patient, AuditAction.READ, RESOURCE, PatientRegistry.CARE_TEAM);
        List<ReportingClockRecord> clocks = stored(patient, eventId);
        audit.success(actor, AuditAction.READ, patient, RESOURCE, eventId, "clocks=" + clocks.size());
        return clocks;
    }

    /**
     * The clinic's clocks whose report is not yet marked submitted, the earliest deadline first, for the care team of
     * the actor's clinic: what a safety dashboard lists as open, due soon ({@link ReportingClock#standing}) or
     * overdue. The read is audited as a search of the clinic's clocks.
     */
    @Transactional
    public List<ReportingClockRecord> unsubmittedInClinic(Actor actor) {
        if (actor.isPatient() || !PatientRegistry.allows(actor, PatientRegistry.CARE_TEAM)) {
            audit.denied(actor, AuditAction.SEARCH, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only the care team can see the clinic's reporting clocks.");
        }
        List<ReportingClockRecord> open = jdbc.sql("""
                select * from safety_reporting_clock where clinic_id = :c and submitted_at is null
                order by ends_at, id""")
                .param("c", actor.clinicId().value()).query(this::row).list();
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, "unsubmitted=" + open.size());
        return open;
    }

    /** The clinic's unsubmitted clocks with the patients' names and where each stands today, for the care team. */
    @Transactional
    public ReportingClockDashboard dashboard(Actor actor) {
        List<ReportingClockRecord> open = unsubmittedInClinic(actor);
        Map<PatientId, PatientView> patients = registry.inClinic(actor,
                open.stream().map(ReportingClockRecord::patientId).distinct().toList(), AuditAction.SEARCH, RESOURCE,
                PatientRegistry.CARE_TEAM);
        Instant now = Instant.now(clock);
        LocalDate today = zones.today(actor.clinicId());
        List<ReportingClockDashboard.Line> lines = open.stream().filter(r -> patients.containsKey(r.patientId()))
                .map(r -> new ReportingClockDashboard.Line(r.patientId(), patients.get(r.patientId()).displayName(),
                        patients.get(r.patientId()).mrn(), r.eventId(), r.clock().rule().asks(),
                        r.clock().rule().citation(), r.clock().dayZero(), r.clock().deadline(),
                        r.clock().standing(now), r.clock().daysLeft(today)))
                .toList();
        return new ReportingClockDashboard(today, lines);
    }

    private List<ReportingClockRecord> stored(PatientId patient, long eventId) {
        return jdbc.sql("""
                select * from safety_reporting_clock where event_id = :e and patient_id = :p
                order by deadline, id""")
                .param("e", eventId).param("p", patient.value()).query(this::row).list();
    }

    private ReportingClockRecord row(ResultSet rs, int n) throws SQLException {
        ReportingClockRule rule = rules.rule(ReportingClockRule.Kind.valueOf(rs.getString("kind")));
        ZoneId zone = ZoneId.of(rs.getString("zone"));
        // The stored days and dates stand even if the rule file changes later; the wording is the current file's.
        ReportingClockRule asOpened = new ReportingClockRule(rule.kind(), rule.regime(), rs.getInt("days"),
                rs.getString("citation"), rule.url(), rule.asks(), rule.words(), rule.verified(), rule.note());
        ReportingClock c = new ReportingClock(asOpened, instant(rs, "first_known_at"), zone,
                rs.getObject("day_zero", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                instant(rs, "ends_at"));
        return new ReportingClockRecord(rs.getLong("id"), new PatientId(rs.getLong("patient_id")),
                rs.getLong("event_id"), c, rs.getString("opened_by"),
                instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getObject("submitted_on", LocalDate.class),
                rs.getString("submitted_reference"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
