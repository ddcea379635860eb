package org.regenpath.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.DueChecklists;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.ProblemReports;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TaskView;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient portal's home page, for a patient on their phone: a greeting, the questionnaires due now grouped by
 * time point (overdue ones too: late answers still count), the checklists after their treatment whose day has come
 * (through the {@link DueChecklists} port, when the safety module provides it), when the next ones open, and links
 * to their progress and to report a problem. Only a signed-in patient reaches it (the security chain), and they read only their own
 * record (the registry).
 */
@Controller
class PortalHome {

    private final PatientRegistry registry;
    private final Clinics clinics;
    private final FollowupSchedules schedules;
    private final ProblemReports problems;
    private final List<DueChecklists> checklists;
    private final ClinicZones zones;

    PortalHome(PatientRegistry registry, Clinics clinics, FollowupSchedules schedules, ProblemReports problems,
            List<DueChecklists> checklists, ClinicZones zones) {
        this.checklists = checklists;
        this.zones = zones;
        this.registry = registry;
        this.clinics = clinics;
        this.schedules = schedules;
        this.problems = problems;
    }

    @GetMapping("/portal")
    String home(Actor actor, Model model) {
        PatientView me = registry.ownRecord(actor);
        List<TaskView> tasks = schedules.schedules(actor, me.id()).stream()
                .flatMap(s -> s.activeTasks().stream()).toList();
        Map<String, List<TaskView>> due = new LinkedHashMap<>();
        tasks.stream().filter(TaskView::answerable).sorted(Comparator.comparing(TaskView::dueOn))
                .forEach(t -> due.computeIfAbsent(t.timePointLabel(), k -> new ArrayList<>()).add(t));
        TaskView next = tasks.stream().filter(t -> t.state() == TaskState.UPCOMING)
                .min(Comparator.comparing(TaskView::opensOn)).orElse(null);
        model.addAttribute("firstName", me.givenName());
        model.addAttribute("clinicName", clinics.byId(me.clinicId()).map(ClinicView::name).orElse(""));
        model.addAttribute("due", due);
        model.addAttribute("next", next);
        model.addAttribute("answered", tasks.stream().filter(t -> t.state() == TaskState.COMPLETED).count());
        model.addAttribute("problems", problems.reports(actor, me.id()).size());
        LocalDate today = zones.today(me.clinicId());
        model.addAttribute("today", today);
        model.addAttribute("checklists", checklists.stream()
                .flatMap(c -> c.ofPatient(me.clinicId(), me.id(), today).stream()).toList());
        return "followup/portal-home";
    }
}
