package org.regenpath.followup.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.BaselineGaps;
import org.regenpath.followup.BaselineReason;
import org.regenpath.followup.ClinicInstrumentSets;
import org.regenpath.followup.FollowupDashboard;
import org.regenpath.followup.FollowupDashboardView;
import org.regenpath.followup.FollowupDefaults;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.FollowupTrajectories;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.followup.InstrumentTrajectory;
import org.regenpath.followup.ProtocolChange;
import org.regenpath.followup.ScheduleTrajectory;
import org.regenpath.followup.ScheduleView;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.followup.ProblemReports;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff's follow-up pages: the chart's "Follow-up" tab (the schedule with each questionnaire's state, the
 * trajectory per instrument with its MCID line and responder status, and for coordinators the protocol change),
 * and the clinic's dashboard (due and overdue by patient, completion per time point).
 */
@Controller
class FollowupPages {

    private final FollowupSchedules schedules;
    private final FollowupTrajectories trajectories;
    private final FollowupDashboard dashboard;
    private final FollowupDefaults defaults;
    private final InstrumentCatalog catalog;
    private final PatientRegistry registry;
    private final CurrentActor actor;
    private final JsonMapper json;
    private final ProblemReports problems;
    private final ClinicInstrumentSets sets;
    private final BaselineGaps gaps;

    FollowupPages(FollowupSchedules schedules, FollowupTrajectories trajectories, FollowupDashboard dashboard,
            FollowupDefaults defaults, InstrumentCatalog catalog, PatientRegistry registry, CurrentActor actor,
            JsonMapper json, ProblemReports problems, ClinicInstrumentSets sets, BaselineGaps gaps) {
        this.gaps = gaps;
        this.schedules = schedules;
        this.trajectories = trajectories;
        this.dashboard = dashboard;
        this.defaults = defaults;
        this.catalog = catalog;
        this.registry = registry;
        this.actor = actor;
        this.json = json;
        this.problems = problems;
        this.sets = sets;
    }

    @GetMapping("/patients/{patientId}/follow-up")
    String patient(@PathVariable long patientId, Model model) {
        return patientPage(actor.get(), PatientId.of(patientId), null, Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/follow-up/schedules/{scheduleId}/protocol")
    String changeProtocol(@PathVariable long patientId, @PathVariable long scheduleId,
            @RequestParam(required = false) String templateId, @RequestParam(required = false) String instrumentSetId,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        model.addAttribute("chosenTemplate", templateId);
        model.addAttribute("chosenSet", instrumentSetId);
        try {
            ProtocolChange change = schedules.changeProtocol(a, patient, scheduleId, templateId, instrumentSetId,
                    version == null ? -1 : version);
            redirect.addFlashAttribute("changed", "Protocol changed: " + change.explanation());
            return "redirect:/patients/" + patientId + "/follow-up#schedule-" + scheduleId;
        } catch (InvalidInput e) {
            return patientPage(a, patient, scheduleId, e.fieldErrors(), model);
        } catch (Conflict e) {
            return patientPage(a, patient, scheduleId, Map.of("conflict", e.getMessage()), model);
        }
    }

    /** Records why a schedule's baseline questionnaires are not (or were not) collected before the procedure. */
    @PostMapping("/patients/{patientId}/follow-up/schedules/{scheduleId}/baseline-gap")
    String explainBaseline(@PathVariable long patientId, @PathVariable long scheduleId,
            @RequestParam(required = false) String baselineReason, @RequestParam(required = false) String baselineNote,
            Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        model.addAttribute("chosenReason", baselineReason);
        model.addAttribute("chosenNote", baselineNote);
        try {
            gaps.explainSchedule(a, patient, scheduleId, baselineReason, baselineNote);
            redirect.addFlashAttribute("changed", "Recorded why the baseline is not collected.");
            return "redirect:/patients/" + patientId + "/follow-up#schedule-" + scheduleId;
        } catch (InvalidInput e) {
            return patientPage(a, patient, scheduleId, e.fieldErrors(), model);
        }
    }

    @GetMapping("/follow-up")
    String dashboard(Model model) {
        FollowupDashboardView view = dashboard.dashboard(actor.get());
        model.addAttribute("dashboard", view);
        model.addAttribute("completionChart", ChartData.completion(json, view.completion()));
        return "followup/dashboard";
    }

    private String patientPage(Actor a, PatientId patient, Long failedSchedule, Map<String, String> errors,
            Model model) {
        model.addAttribute("patient", registry.get(a, patient));
        List<ScheduleView> all = schedules.schedules(a, patient);
        Map<Long, ScheduleTrajectory> byId = new LinkedHashMap<>();
        trajectories.trajectories(a, patient).forEach(t -> byId.put(t.scheduleId(), t));
        Map<String, String> charts = new LinkedHashMap<>();
        byId.values().forEach(s -> s.instruments().stream().filter(t -> t.chartable() && t.scoredResponses() > 0)
                .forEach(t -> charts.put(key(s, t), ChartData.trajectory(json, s, t))));
        Map<Long, ScheduleGrid> grids = new LinkedHashMap<>();
        all.forEach(s -> grids.put(s.id(), ScheduleGrid.of(s, id -> catalog.instrument(id).shortTitle())));
        model.addAttribute("schedules", all);
        model.addAttribute("problems", problems.reports(a, patient));
        model.addAttribute("grids", grids);
        model.addAttribute("trajectories", byId);
        model.addAttribute("charts", charts);
        model.addAttribute("templates", defaults.scheduleTemplates());
        model.addAttribute("sets", sets.available(a));
        model.addAttribute("mayChangeProtocol", schedules.mayChangeProtocol(a));
        model.addAttribute("failedSchedule", failedSchedule);
        model.addAttribute("baselineGaps", gaps.explanations(a, patient));
        model.addAttribute("baselineReasons", BaselineReason.values());
        model.addAttribute("errors", errors);
        return "followup/patient";
    }

    /** The id of a trajectory on the page: schedule, instrument and scale. */
    static String key(ScheduleTrajectory s, InstrumentTrajectory t) {
        return s.scheduleId() + "-" + t.instrumentId() + "-" + t.scale();
    }
}
