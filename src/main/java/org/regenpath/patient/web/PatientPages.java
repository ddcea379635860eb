package org.regenpath.patient.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.audit.AuditEntry;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.ChartOverview;
import org.regenpath.patient.PatientListEntry;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientSort;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.patient.StageFilter;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PageLink;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Patient list and search, registration, the chart overview, editing and the chart's history. */
@Controller
class PatientPages {

    /** Rows per page of the patient list and the chart's history. */
    static final int PAGE_SIZE = 50;

    /** The list's columns, each a link that sorts by it, in the order they are shown. */
    private static final List<PatientSort> COLUMNS = List.of(PatientSort.NAME, PatientSort.MRN, PatientSort.BORN,
            PatientSort.CONDITION, PatientSort.STAGE, PatientSort.DUE, PatientSort.REGISTERED);
    private static final Map<PatientSort, String> HEADINGS = Map.of(PatientSort.NAME, "Name", PatientSort.MRN, "MRN",
            PatientSort.BORN, "Born", PatientSort.CONDITION, "Condition", PatientSort.STAGE, "Where they stand",
            PatientSort.DUE, "Next step", PatientSort.REGISTERED, "Registered");
    private static final Map<PatientSort, String> CLASSES = Map.of(PatientSort.NAME, "col-patient",
            PatientSort.MRN, "col-mrn", PatientSort.BORN, "col-date", PatientSort.REGISTERED, "col-date");

    /** One column heading of the patient list: its sort key, words, CSS class and the link that sorts by it. */
    record SortHeader(String key, String label, String css, String href) {}

    private final PatientRegistry registry;
    private final PortalInvitations invitations;
    private final ChartOverview overview;
    private final CurrentActor actor;

    PatientPages(PatientRegistry registry, PortalInvitations invitations, ChartOverview overview,
            CurrentActor actor) {
        this.registry = registry;
        this.invitations = invitations;
        this.overview = overview;
        this.actor = actor;
    }

    @ModelAttribute("sexes")
    SexAtBirth[] sexes() {
        return SexAtBirth.values();
    }

    @GetMapping("/patients")
    String list(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "born", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate born,
            @RequestParam(name = "stage", required = false) String stage,
            @RequestParam(name = "condition", required = false) String condition,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir,
            @RequestParam(name = "page", required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        PatientSort order = PatientSort.ofKey(sort) == null ? PatientSort.NAME : PatientSort.ofKey(sort);
        boolean descending = "desc".equals(dir);
        StageFilter at = StageFilter.ofKey(stage);
        ResultPage<PatientListEntry> patients;
        try {
            if (at == null && stage != null && !stage.isBlank()) {
                throw InvalidInput.of("stage", "Choose a stage from the list");
            }
            patients = registry.list(actor.get(), q, born, at, condition, order, descending,
                    Paging.of(page == null ? null : Math.max(page, 0), null, PAGE_SIZE));
        } catch (InvalidInput e) {
            model.addAttribute("searchErrors", e.fieldErrors());
            patients = new ResultPage<>(List.of(), 0, PAGE_SIZE, 0);
        }
        model.addAttribute("stages", StageFilter.values());
        model.addAttribute("stage", at);
        model.addAttribute("conditions", registry.conditions());
        model.addAttribute("condition", condition);
        String path = request.getRequestURI();
        Map<String, String[]> params = request.getParameterMap();
        model.addAttribute("patients", patients);
        model.addAttribute("q", q);
        model.addAttribute("born", born);
        model.addAttribute("sort", order);
        model.addAttribute("previous", PageLink.to(path, params, patients.page() - 1));
        model.addAttribute("next", PageLink.to(path, params, patients.page() + 1));
        List<SortHeader> headers = new ArrayList<>();
        for (PatientSort s : COLUMNS) {
            Map<String, String[]> sorted = new LinkedHashMap<>(params);
            sorted.remove("page");
            sorted.put("dir", new String[] {s == order && !descending ? "desc" : "asc"});
            headers.add(new SortHeader(s.key(), HEADINGS.get(s), CLASSES.get(s),
                    PageLink.with(path, sorted, "sort", s.key())));
        }
        model.addAttribute("headers", headers);
        model.addAttribute("descending", descending);
        return "patient/list";
    }

    @GetMapping("/patients/new")
    String newForm(Model model) {
        registry.checkMayRegister(actor.get());
        model.addAttribute("form", new PatientForm());
        return "patient/form";
    }

    @PostMapping("/patients")
    String register(
            @ModelAttribute("form") PatientForm form, BindingResult binding, RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return "patient/form";
        }
        try {
            PatientView created = registry.register(actor.get(), form.toDetails());
            flash.addFlashAttribute("saved", "Patient registered with MRN " + created.mrn() + ".");
            return "redirect:/patients/" + created.id().value();
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
        } catch (Conflict e) {
            binding.rejectValue(e.field() == null ? "mrn" : e.field(), "conflict", e.getMessage());
        }
        return "patient/form";
    }

    @GetMapping("/patients/{id}")
    String chart(@PathVariable("id") long id, Model model) {
        model.addAttribute("patient", registry.get(actor.get(), PatientId.of(id)));
        model.addAttribute("portal", invitations.access(actor.get(), PatientId.of(id)));
        model.addAttribute("standing", overview.overview(actor.get(), PatientId.of(id)));
        return "patient/chart";
    }

    @GetMapping("/patients/{id}/edit")
    String editForm(@PathVariable("id") long id, Model model) {
        PatientView patient = registry.get(actor.get(), PatientId.of(id));
        model.addAttribute("patient", patient);
        model.addAttribute("form", PatientForm.of(patient));
        return "patient/form";
    }

    @PostMapping("/patients/{id}")
    String update(
            @PathVariable("id") long id,
            @ModelAttribute("form") PatientForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                registry.update(actor.get(), PatientId.of(id), form.toDetails(), form.getVersion());
                flash.addFlashAttribute("saved", "Changes saved.");
                return "redirect:/patients/" + id;
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
            } catch (Conflict e) {
                binding.reject("conflict", e.getMessage());
            }
        }
        model.addAttribute("patient", registry.get(actor.get(), PatientId.of(id)));
        return "patient/form";
    }

    @GetMapping("/patients/{id}/history")
    String history(
            @PathVariable("id") long id,
            @RequestParam(name = "page", required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        PatientId patientId = PatientId.of(id);
        Paging paging = Paging.of(page == null ? null : Math.max(page, 0), null, PAGE_SIZE);
        ResultPage<AuditEntry> history = registry.history(actor.get(), patientId, paging)
                .map(r -> new AuditEntry(r, null));
        model.addAttribute("history", history);
        model.addAttribute("previous", PageLink.to(request.getRequestURI(), request.getParameterMap(),
                history.page() - 1));
        model.addAttribute("next", PageLink.to(request.getRequestURI(), request.getParameterMap(),
                history.page() + 1));
        model.addAttribute("patient", registry.get(actor.get(), patientId));
        return "patient/history";
    }
}
