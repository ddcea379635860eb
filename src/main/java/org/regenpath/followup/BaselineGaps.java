package org.regenpath.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.product.BaselineGap;
import org.regenpath.product.BaselineStatus;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment without a baseline (decision 0029): which baseline questionnaires of a plan's schedule are still open,
 * and why the care team says they will not be collected before the procedure. Implements the product module's
 * {@link BaselineStatus} port, so the bedside can warn and ask for the reason. Each reason is a row of the
 * append-only {@code followup_baseline_gap}; the latest row of a schedule is the one in force. Recording is for the
 * care team of the patient's clinic and audited; so is every refusal.
 */
@Service
public class BaselineGaps implements BaselineStatus {

    static final String RESOURCE = "BaselineGap";
    private static final int MAX_NOTE = 1000;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final Schedules schedules;
    private final InstrumentCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    BaselineGaps(PatientRegistry registry, AuditTrail audit, Schedules schedules, InstrumentCatalog catalog,
            JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.schedules = schedules;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BaselineGap> gap(PatientId patient, long planId) {
        ScheduleRow row = schedules.byPlan(planId).filter(s -> s.patientId().equals(patient)).orElse(null);
        if (row == null || row.procedureDate() != null) {
            return Optional.empty();
        }
        List<String> open = schedules.tasks(row.id()).stream()
                .filter(t -> t.planned().baseline() && t.status() == TaskStatus.PENDING)
                .map(t -> catalog.instrument(t.planned().instrumentId()).title()).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BaselineGap(open, latest(row.id()).map(BaselineExplanation::describe).orElse(null)));
    }

    @Override
    public Map<String, String> reasons() {
        Map<String, String> out = new LinkedHashMap<>();
        for (BaselineReason r : BaselineReason.values()) {
            out.put(r.name(), r.label());
        }
        return out;
    }

    @Override
    @Transactional
    public void explain(Actor actor, PatientId patient, long planId, String reason, String note) {
        registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, FollowupSchedules.CARE_TEAM);
        ScheduleRow row = schedules.byPlan(planId).filter(s -> s.patientId().equals(patient)).orElse(null);
        if (row == null) {
            audit.denied(actor, AuditAction.CREATE, patient, RESOURCE, planId, "no schedule for this plan");
            throw new NotFound("This patient has no follow-up schedule for plan " + planId + ".");
        }
        explain(actor, row, reason, note);
    }

    /** As {@link #explain(Actor, PatientId, long, String, String)}, for a schedule of the chart. */
    @Transactional
    public BaselineExplanation explainSchedule(Actor actor, PatientId patient, long scheduleId, String reason,
            String note) {
        registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, FollowupSchedules.CARE_TEAM);
        ScheduleRow row = schedules.byId(scheduleId).filter(s -> s.patientId().equals(patient)).orElse(null);
        if (row == null) {
            audit.denied(actor, AuditAction.CREATE, patient, RESOURCE, scheduleId, "no such schedule of the patient");
            throw new NotFound("This patient has no follow-up schedule " + scheduleId + ".");
        }
        return explain(actor, row, reason, note);
    }

    private BaselineExplanation explain(Actor actor, ScheduleRow row, String reason, String note) {
        BaselineReason chosen = parse(reason, note);
        String text = note == null || note.isBlank() ? null : note.strip();
        Instant now = Instant.now(clock);
        jdbc.sql("""
                insert into followup_baseline_gap (schedule_id, clinic_id, patient_id, plan_id, reason, note,
                    recorded_by_user_id, recorded_by, recorded_at)
                values (:s, :c, :p, :plan, :r, :n, :uid, :by, :at)""")
                .param("s", row.id()).param("c", row.clinicId().value()).param("p", row.patientId().value())
                .param("plan", row.planId()).param("r", chosen.name()).param("n", text)
                .param("uid", actor.staffMember().userId().value()).param("by", actor.displayName())
                .param("at", now.atOffset(ZoneOffset.UTC)).update();
        BaselineExplanation explanation = new BaselineExplanation(row.id(), chosen, text, actor.displayName(), now);
        if (row.procedureDate() != null) {
            schedules.markNotCollected(row.id(), "Not collected: " + explanation.describe());
        }
        audit.success(actor, AuditAction.CREATE, row.patientId(), RESOURCE, row.id(), "reason=" + chosen.name()
                + " plan=" + row.planId());
        return explanation;
    }

    private static BaselineReason parse(String reason, String note) {
        BaselineReason chosen = null;
        for (BaselineReason r : BaselineReason.values()) {
            if (r.name().equals(reason)) {
                chosen = r;
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen == null) {
            errors.put("baselineReason", "Choose why the baseline questionnaires are not completed.");
        }
        boolean blank = note == null || note.isBlank();
        if (chosen == BaselineReason.OTHER && blank) {
            errors.put("baselineNote", "Say why in a few words.");
        }
        if (!blank && note.strip().length() > MAX_NOTE) {
            errors.put("baselineNote", "Keep the note under " + MAX_NOTE + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return chosen;
    }

    /** Why each of the patient's schedules has no baseline, where someone recorded it, by schedule id. */
    @Transactional
    public Map<Long, BaselineExplanation> explanations(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, RESOURCE, FollowupSchedules.CARE_TEAM);
        Map<Long, BaselineExplanation> out = new LinkedHashMap<>();
        schedules.byPatient(patient).forEach(s -> latest(s.id()).ifPresent(e -> out.put(s.id(), e)));
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "explanations=" + out.size());
        return out;
    }

    /** The reason in force for a schedule: the latest recorded. */
    Optional<BaselineExplanation> latest(long scheduleId) {
        return jdbc.sql("""
                select schedule_id, reason, note, recorded_by, recorded_at from followup_baseline_gap
                where schedule_id = :s order by id desc""")
                .param("s", scheduleId)
                .query((rs, n) -> new BaselineExplanation(rs.getLong("schedule_id"),
                        BaselineReason.valueOf(rs.getString("reason")), rs.getString("note"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list().stream().findFirst();
    }

    /**
     * Treated patients of a clinic whose baseline was not collected, by the reason in force, and how many nobody
     * explained: for the registry's report of outcomes that cannot be measured.
     */
    @Transactional(readOnly = true)
    public WithoutBaseline treatedWithoutBaseline(ClinicId clinic) {
        Map<BaselineReason, Long> byReason = new EnumMap<>(BaselineReason.class);
        long unexplained = 0;
        for (ScheduleRow s : schedules.byClinic(clinic)) {
            boolean missing = s.procedureDate() != null && schedules.tasks(s.id()).stream()
                    .anyMatch(t -> t.planned().baseline() && t.status() == TaskStatus.MISSED);
            if (missing) {
                Optional<BaselineExplanation> why = latest(s.id());
                if (why.isPresent()) {
                    byReason.merge(why.get().reason(), 1L, Long::sum);
                } else {
                    unexplained++;
                }
            }
        }
        return new WithoutBaseline(byReason, unexplained);
    }

    /**
     * Treatments without a complete baseline.
     *
     * @param byReason how many, by the reason the care team recorded
     * @param unexplained how many with no reason recorded
     */
    public record WithoutBaseline(Map<BaselineReason, Long> byReason, long unexplained) {

        public WithoutBaseline {
            byReason = Map.copyOf(byReason);
        }

        public long total() {
            return unexplained + byReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
