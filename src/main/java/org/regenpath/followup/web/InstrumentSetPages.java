package org.regenpath.followup.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.ClinicInstrumentSets;
import org.regenpath.followup.ClinicSetInput;
import org.regenpath.followup.ClinicSetVersion;
import org.regenpath.followup.InstrumentSet;
import org.regenpath.followup.InstrumentSetsOverview;
import org.regenpath.followup.ScheduleTemplate;
import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's instrument sets: which set each condition gets now, the clinic's own sets with their versions, the
 * shipped defaults with their sources, and for clinic admins a form to create, revise and retire a set. The form is
 * a grid of instruments by the chosen schedule's time points; changing the schedule redraws the grid without saving.
 */
@Controller
class InstrumentSetPages {

    static final String BASE = "/follow-up/instrument-sets";

    private final ClinicInstrumentSets sets;
    private final CurrentActor actor;

    InstrumentSetPages(ClinicInstrumentSets sets, CurrentActor actor) {
        this.sets = sets;
        this.actor = actor;
    }

    @GetMapping(BASE)
    String overview(Model model) {
        InstrumentSetsOverview overview = sets.overview(actor.get());
        Map<String, SetGrid> grids = new LinkedHashMap<>();
        overview.shipped().forEach(s -> grids.put(s.id(), grid(overview, s)));
        overview.clinicSets().forEach(c -> {
            grids.put(c.current().instrumentSetId(), grid(overview, c.current().instrumentSet()));
            c.earlier().forEach(v -> grids.put(v.instrumentSetId(), grid(overview, v.instrumentSet())));
        });
        model.addAttribute("overview", overview);
        model.addAttribute("grids", grids);
        return "followup/instrument-sets";
    }

    private static SetGrid grid(InstrumentSetsOverview overview, InstrumentSet set) {
        return SetGrid.of(set, template(overview, set.scheduleTemplateId()), id -> overview.instruments().stream()
                .filter(i -> i.id().equals(id)).findFirst()
                .map(i -> new String[] {i.shortTitle(), i.title(), i.notSent()})
                .orElse(new String[] {id, id, null}));
    }

    @GetMapping(BASE + "/new")
    String newSet(@RequestParam(required = false) String from, Model model) {
        InstrumentSetsOverview overview = sets.editor(actor.get());
        SetForm form = overview.shipped().stream().filter(s -> s.id().equals(from)).findFirst()
                .map(s -> SetForm.from(s, template(overview, s.scheduleTemplateId())))
                .orElseGet(() -> SetForm.empty(overview.templates().get(0).id()));
        return form(overview, form, null, Map.of(), model);
    }

    @PostMapping(BASE)
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        InstrumentSetsOverview overview = sets.editor(actor.get());
        SetForm form = SetForm.of(params);
        if (form.redraw()) {
            return form(overview, form, null, Map.of(), model);
        }
        try {
            ClinicSetVersion saved = sets.create(actor.get(), form.input());
            redirect.addFlashAttribute("saved", "Saved \"" + saved.label() + "\" (version 1). Plans approved from now "
                    + "on get it for " + conditionsText(saved) + ".");
            return "redirect:" + BASE + "#set-" + saved.setId();
        } catch (InvalidInput e) {
            return form(overview, form, null, e.fieldErrors(), model);
        } catch (Conflict e) {
            return form(overview, form, null, Map.of("conflict", e.getMessage()), model);
        }
    }

    @GetMapping(BASE + "/{setId}/edit")
    String edit(@PathVariable long setId, Model model) {
        ClinicSetVersion current = sets.newest(actor.get(), setId);
        InstrumentSetsOverview overview = sets.editor(actor.get());
        return form(overview, SetForm.from(current, template(overview, current.templateId())), current, Map.of(),
                model);
    }

    @PostMapping(BASE + "/{setId}")
    String revise(@PathVariable long setId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        ClinicSetVersion current = sets.newest(actor.get(), setId);
        InstrumentSetsOverview overview = sets.editor(actor.get());
        SetForm form = SetForm.of(params);
        if (form.redraw()) {
            return form(overview, form, current, Map.of(), model);
        }
        try {
            ClinicSetVersion saved = sets.revise(actor.get(), setId, form.input(), form.version());
            redirect.addFlashAttribute("saved", "Saved \"" + saved.label() + "\" as version " + saved.version()
                    + ". Plans approved from now on get it for " + conditionsText(saved) + "; schedules already made "
                    + "keep their version until their protocol is changed.");
            return "redirect:" + BASE + "#set-" + setId;
        } catch (InvalidInput e) {
            return form(overview, form, current, e.fieldErrors(), model);
        } catch (Conflict e) {
            return form(overview, form, current, Map.of("conflict", e.getMessage()), model);
        }
    }

    @PostMapping(BASE + "/{setId}/retire")
    String retire(@PathVariable long setId, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            ClinicSetVersion retired = sets.retire(actor.get(), setId, version == null ? -1 : version);
            redirect.addFlashAttribute("saved", "Retired \"" + retired.label() + "\". Its conditions get the shipped "
                    + "defaults for plans approved from now on; schedules made from it keep it.");
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:" + BASE + "#set-" + setId;
    }

    private String form(InstrumentSetsOverview overview, SetForm form, ClinicSetVersion editing,
            Map<String, String> errors, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("template", template(overview, form.templateId()));
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        return "followup/instrument-set-form";
    }

    private static ScheduleTemplate template(InstrumentSetsOverview overview, String id) {
        return overview.templates().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElse(overview.templates().get(0));
    }

    private static String conditionsText(ClinicSetVersion v) {
        return v.conditions().isEmpty() ? "no condition yet (a coordinator can still choose it for a schedule)"
                : String.join(", ", v.conditions());
    }

    /**
     * The form's values: {@code at} maps an instrument id to the time point ids ticked for it.
     *
     * @param redraw true when the user asked to redraw the grid for another schedule, not to save
     */
    record SetForm(String label, String templateId, Map<String, List<String>> at, String primaryInstrumentId,
            List<String> conditions, String source, int version, boolean redraw) {

        static SetForm empty(String templateId) {
            return new SetForm("", templateId, Map.of(), null, List.of(), "", 0, false);
        }

        static SetForm from(InstrumentSet s, ScheduleTemplate template) {
            Map<String, List<String>> at = new LinkedHashMap<>();
            s.instruments().forEach(p -> at.put(p.instrumentId(), template.timePoints().stream()
                    .filter(p::appliesAt).map(tp -> tp.id()).toList()));
            return new SetForm(s.label(), s.scheduleTemplateId(), at, s.instrumentIds().get(0),
                    List.of(), "Adapted from the shipped default: " + s.source(), 0, false);
        }

        static SetForm from(ClinicSetVersion v, ScheduleTemplate template) {
            InstrumentSet s = v.instrumentSet();
            SetForm shipped = from(s, template);
            return new SetForm(v.label(), v.templateId(), shipped.at(), shipped.primaryInstrumentId(), v.conditions(),
                    v.source(), v.version(), false);
        }

        static SetForm of(MultiValueMap<String, String> params) {
            Map<String, List<String>> at = new LinkedHashMap<>();
            String primary = params.getFirst("primaryInstrumentId");
            params.forEach((k, v) -> {
                if (k.startsWith("at_")) {
                    at.put(k.substring(3), List.copyOf(v));
                }
            });
            String version = params.getFirst("version");
            return new SetForm(params.getFirst("label"), params.getFirst("templateId"), at,
                    primary == null || primary.isBlank() ? null : primary,
                    params.get("conditions") == null ? List.of() : new ArrayList<>(params.get("conditions")),
                    params.getFirst("source"), version == null || !version.matches("\\d{1,9}") ? -1
                            : Integer.parseInt(version), "redraw".equals(params.getFirst("action")));
        }

        ClinicSetInput input() {
            return new ClinicSetInput(label, templateId, at, primaryInstrumentId, conditions, source);
        }

        public boolean ticked(String instrumentId, String timePointId) {
            return at.getOrDefault(instrumentId, List.of()).contains(timePointId);
        }
    }
}
