package org.regenpath.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator dashboard of a clinic: questionnaires due and overdue by patient, and completion per time point
 * (enrolled against answered: the attrition view, see {@link Attrition}). Coordinators and clinicians see their own
 * clinic only; each look is audited as a search, and a refused one as denied.
 */
@Service
public class FollowupDashboard {

    /** The most due rows listed; the total is always stated. */
    public static final int DUE_LIMIT = 500;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final Schedules schedules;
    private final Responses responses;
    private final FollowupDefaults defaults;
    private final InstrumentSets sets;
    private final InstrumentCatalog catalog;
    private final ClinicZones zones;
    private final List<DueChecklists> checklists;

    FollowupDashboard(PatientRegistry registry, AuditTrail audit, Schedules schedules, Responses responses,
            FollowupDefaults defaults, InstrumentSets sets, InstrumentCatalog catalog, ClinicZones zones,
            List<DueChecklists> checklists) {
        this.checklists = checklists;
        this.registry = registry;
        this.audit = audit;
        this.schedules = schedules;
        this.responses = responses;
        this.defaults = defaults;
        this.sets = sets;
        this.catalog = catalog;
        this.zones = zones;
    }

    /** The actor's clinic's dashboard for today. */
    @Transactional
    public FollowupDashboardView dashboard(Actor actor) {
        if (actor.isSystem() || !actor.hasRole(Role.COORDINATOR, Role.CLINICIAN) || actor.clinicId() == null) {
            audit.denied(actor, AuditAction.SEARCH, null, FollowupSchedules.RESOURCE, null,
                    "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not see the follow-up dashboard.");
        }
        LocalDate today = zones.today(actor.clinicId());
        List<DueItem> due = due(actor, schedules.openOrOverdue(actor.clinicId(), today), today);
        List<TimePointCompletion> completion = Attrition.of(schedules.byClinic(actor.clinicId()),
                schedules.opened(actor.clinicId(), today), responses.lateTasks(actor.clinicId()), defaults, sets::byId, today);
        List<String> primaries = sets.available(actor.clinicId()).stream()
                .map(s -> s.label() + ": " + catalog.instrument(Attrition.primary(s)).shortTitle()).toList();
        FollowupDashboardView view = new FollowupDashboardView(today, due.subList(0, Math.min(due.size(), DUE_LIMIT)),
                due.size(), completion, Attrition.ANSWERED_MEANS, primaries, checklists(actor, today));
        audit.success(actor, AuditAction.SEARCH, null, FollowupSchedules.RESOURCE, null, "dashboard due="
                + due.size() + " overdue=" + view.overdueCount() + " enrolled=" + completion.stream()
                        .mapToInt(TimePointCompletion::enrolled).sum() + " checklists=" + view.checklists().size());
        return view;
    }

    /** The clinic's unanswered checklists whose day has come, most overdue first, of patients the actor may see. */
    private List<FollowupDashboardView.ChecklistRow> checklists(Actor actor, LocalDate today) {
        List<DueChecklist> open = checklists.stream().flatMap(c -> c.ofClinic(actor.clinicId(), today).stream())
                .toList();
        Map<PatientId, PatientView> patients = registry.inClinic(actor, open.stream().map(DueChecklist::patientId)
                .toList(), AuditAction.SEARCH, FollowupSchedules.RESOURCE, FollowupSchedules.CARE_TEAM);
        return open.stream().filter(c -> patients.containsKey(c.patientId()))
                .map(c -> new FollowupDashboardView.ChecklistRow(c.patientId(),
                        patients.get(c.patientId()).displayName(), patients.get(c.patientId()).mrn(), c,
                        c.overdue(today), c.daysOverdue(today)))
                .sorted(Comparator.comparing((FollowupDashboardView.ChecklistRow r) -> r.checklist().dueOn())
                        .thenComparing(FollowupDashboardView.ChecklistRow::patientName))
                .limit(DUE_LIMIT).toList();
    }

    private List<DueItem> due(Actor actor, List<TaskRow> pending, LocalDate today) {
        Map<String, List<TaskRow>> byPoint = new LinkedHashMap<>();
        pending.forEach(t -> byPoint.computeIfAbsent(t.scheduleId() + "/" + t.planned().timePointId(),
                k -> new ArrayList<>()).add(t));
        Map<PatientId, PatientView> patients = registry.inClinic(actor, pending.stream()
                .map(t -> PatientId.of(t.patientId())).toList(), AuditAction.SEARCH, FollowupSchedules.RESOURCE,
                FollowupSchedules.CARE_TEAM);
        List<DueItem> out = new ArrayList<>();
        for (List<TaskRow> tasks : byPoint.values()) {
            tasks.sort(Comparator.comparingInt(t -> t.planned().position()));
            PlannedTask first = tasks.get(0).planned();
            PatientView patient = patients.get(PatientId.of(tasks.get(0).patientId()));
            if (patient == null) {
                continue;
            }
            TaskState state = TaskState.of(TaskStatus.PENDING, first.opensOn(), first.closesOn(), today);
            long overdue = state == TaskState.OVERDUE ? ChronoUnit.DAYS.between(first.closesOn(), today) : 0;
            out.add(new DueItem(patient.id(), patient.displayName(), patient.mrn(), tasks.get(0).scheduleId(),
                    first.timePointId(), first.timePointLabel(),
                    tasks.stream().map(t -> catalog.instrument(t.planned().instrumentId()).shortTitle()).toList(),
                    first.opensOn(), first.dueOn(), first.closesOn(), state, overdue));
        }
        out.sort(Comparator.comparingLong(DueItem::daysOverdue).reversed().thenComparing(DueItem::dueOn)
                .thenComparing(DueItem::patientName));
        return out;
    }
}
