package org.regenpath.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.identity.CurrentActor;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.ClassificationView;
import org.regenpath.planning.ConsentCheck;
import org.regenpath.planning.FollowUpTemplates;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanStatus;
import org.regenpath.planning.PlanVersion;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: a patient's plans with the editor for a new one, and a plan with its versions, what the latest
 * version says (sites, doses, the condition's evidence level), its consent, its regulatory class and reasons, the
 * approval form and the editor for the next draft. The editor shows the class live (htmx posts the regulatory
 * answers on every change) and takes several injection sites: "Add site" and "Remove" submit the form and
 * re-render it with a row more or less, without JavaScript, or swap just the site rows with htmx.
 */
@Controller
@RequestMapping("/patients/{patientId}/plans")
class PlanPages {

    private final TreatmentPlans plans;
    private final PlanConsents consents;
    private final PainProfiles profiles;
    private final ConditionCatalog catalog;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    PlanPages(TreatmentPlans plans, PlanConsents consents, PainProfiles profiles, ConditionCatalog catalog,
            PatientRegistry registry, CurrentActor actor) {
        this.plans = plans;
        this.consents = consents;
        this.profiles = profiles;
        this.catalog = catalog;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping
    String list(@PathVariable long patientId, Model model) {
        return listPage(actor.get(), PatientId.of(patientId), PlanForm.empty(), Map.of(), model);
    }

    @PostMapping
    String create(@PathVariable long patientId, @ModelAttribute("plan") PlanForm form,
            @RequestParam(required = false) String addSite, @RequestParam(required = false) Integer removeSite,
            Model model) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        if (rowsChanged(form, addSite, removeSite)) {
            return listPage(a, patient, form, Map.of(), model);
        }
        PlanForm.Parsed parsed = form.parse();
        if (!parsed.errors().isEmpty()) {
            return listPage(a, patient, form, allProblems(a, patient, parsed), model);
        }
        try {
            PlanView plan = plans.create(a, patient, parsed.input());
            return "redirect:/patients/" + patientId + "/plans/" + plan.id();
        } catch (InvalidInput e) {
            return listPage(a, patient, form, parsed.merge(e.fieldErrors()), model);
        } catch (Conflict e) {
            return listPage(a, patient, form, Map.of("conflict", e.getMessage()), model);
        }
    }

    @GetMapping("/{planId}")
    String plan(@PathVariable long patientId, @PathVariable long planId, Model model) {
        return planPage(actor.get(), PatientId.of(patientId), planId, null, Map.of(), model);
    }

    @PostMapping("/{planId}")
    String edit(@PathVariable long patientId, @PathVariable long planId, @ModelAttribute("plan") PlanForm form,
            @RequestParam(required = false) String addSite, @RequestParam(required = false) Integer removeSite,
            Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        if (rowsChanged(form, addSite, removeSite)) {
            return planPage(a, patient, planId, form, Map.of(), model);
        }
        PlanForm.Parsed parsed = form.parse();
        if (!parsed.errors().isEmpty()) {
            return planPage(a, patient, planId, form, allProblems(a, patient, parsed), model);
        }
        try {
            PlanView saved = plans.edit(a, patient, planId, parsed.input(), form.versionNumber());
            PlanVersion latest = saved.versions().get(saved.versions().size() - 1);
            redirect.addFlashAttribute("flash", "Version " + latest.number() + " saved as a draft. It needs the"
                    + " patient's consent to this version before approval.");
            return "redirect:/patients/" + patientId + "/plans/" + planId;
        } catch (InvalidInput e) {
            return planPage(a, patient, planId, form, parsed.merge(e.fieldErrors()), model);
        } catch (Conflict e) {
            return planPage(a, patient, planId, form, Map.of("conflict", e.getMessage()), model);
        }
    }

    @PostMapping("/{planId}/approval")
    String approve(@PathVariable long patientId, @PathVariable long planId,
            @ModelAttribute ApprovalRequest approval, Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        try {
            PlanView approved = plans.approve(a, PatientId.of(patientId), planId, approval.toRecord(),
                    approval.expectedVersion());
            redirect.addFlashAttribute("flash", "Version " + approved.inForce() + " approved; it is now the plan"
                    + " in force.");
            return "redirect:/patients/" + patientId + "/plans/" + planId;
        } catch (InvalidInput e) {
            model.addAttribute("approvalErrors", e.fieldErrors());
            return planPage(a, PatientId.of(patientId), planId, null, Map.of(), model);
        } catch (Conflict e) {
            model.addAttribute("approvalErrors", Map.of("conflict", e.getMessage()));
            return planPage(a, PatientId.of(patientId), planId, null, Map.of(), model);
        }
    }

    /** The classification fragment for the editor's current answers; nothing is saved. */
    @PostMapping("/classification")
    String classify(@PathVariable long patientId, @ModelAttribute("plan") PlanForm form, Model model) {
        try {
            model.addAttribute("classification", plans.classify(actor.get(), form.pathway()));
            model.addAttribute("classificationErrors", Map.of());
        } catch (InvalidInput e) {
            model.addAttribute("classification", null);
            model.addAttribute("classificationErrors", e.fieldErrors());
        }
        return "planning/fragments :: classification";
    }

    /** The site rows with one added or removed, for htmx; nothing is saved. */
    @PostMapping("/site-rows")
    String siteRows(@PathVariable long patientId, @ModelAttribute("plan") PlanForm form,
            @RequestParam(required = false) String addSite, @RequestParam(required = false) Integer removeSite,
            Model model) {
        rowsChanged(form, addSite, removeSite);
        model.addAttribute("patientId", patientId);
        model.addAttribute("errors", Map.of());
        model.addAttribute("sides", Laterality.values());
        return "planning/fragments :: sites";
    }

    /** The fields that did not parse and everything the service finds in the rest, so one submit shows all. */
    private Map<String, String> allProblems(Actor a, PatientId patient, PlanForm.Parsed parsed) {
        return parsed.merge(plans.problems(a, patient, parsed.input()));
    }

    private static boolean rowsChanged(PlanForm form, String addSite, Integer removeSite) {
        if (addSite != null) {
            form.addSite();
            return true;
        }
        if (removeSite != null) {
            form.removeSite(removeSite);
            return true;
        }
        return false;
    }

    private String listPage(Actor a, PatientId patient, PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("patient", registry.get(a, patient));
        model.addAttribute("plans", plans.list(a, patient));
        editor(a, patient, form, errors, model);
        return "planning/plans";
    }

    private String planPage(Actor a, PatientId patient, long planId, PlanForm form, Map<String, String> errors,
            Model model) {
        PlanView plan = plans.get(a, patient, planId);
        PlanVersion latest = plan.versions().get(plan.versions().size() - 1);
        boolean careTeam = a.hasRole(Role.CLINICIAN, Role.COORDINATOR);
        model.addAttribute("patient", careTeam ? registry.get(a, patient) : null);
        model.addAttribute("labelLine", careTeam ? null : registry.inClinic(a, List.of(patient), AuditAction.READ,
                "TreatmentPlan", Set.of(Role.LAB_TECHNICIAN)).get(patient).labelLine());
        model.addAttribute("planView", plan);
        model.addAttribute("latest", latest);
        model.addAttribute("isDraft", latest.status() == PlanStatus.DRAFT);
        model.addAttribute("mayApprove", plans.mayApprove(a));
        if (!model.containsAttribute("approvalErrors")) {
            model.addAttribute("approvalErrors", Map.of());
        }
        Map<Integer, ConsentCheck> checks = careTeam ? consents.checks(a, patient, planId) : Map.of();
        model.addAttribute("careTeam", careTeam);
        model.addAttribute("consents", checks);
        model.addAttribute("latestConsent", checks.get(latest.number()));
        editor(a, patient, form != null ? form : PlanForm.of(latest.details(), plan.version()), errors, model);
        model.addAttribute("missingForApproval", missingForApproval(plan, checks.get(latest.number())));
        String template = latest.details().followUpTemplateId();
        model.addAttribute("followUpLabel", plans.followUpTemplates().stream().filter(t -> t.id().equals(template))
                .map(FollowUpTemplates.FollowUpTemplateChoice::label).findFirst().orElse(template));
        condition(a, patient, latest.details().targetConditionId(), careTeam, model);
        return "planning/plan";
    }

    /** What approving the draft still needs, as the approval card lists it before anyone presses Approve. */
    private static Map<String, String> missingForApproval(PlanView plan, ConsentCheck consent) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (consent != null && !consent.valid()) {
            missing.put("consent", consent.message());
        }
        if (plan.classification() != null) {
            missing.putAll(plan.classification().missingForApproval());
        }
        return missing;
    }

    /** The condition the plan treats and its evidence level, as the intake catalog gives it. */
    private void condition(Actor a, PatientId patient, long conditionId, boolean careTeam, Model model) {
        PainCondition condition = null;
        CatalogCondition catalogCondition = null;
        if (careTeam) {
            condition = profiles.condition(a, patient, conditionId);
            catalogCondition = catalog.condition(condition.conditionId()).orElse(null);
        }
        model.addAttribute("condition", condition);
        model.addAttribute("evidence", catalogCondition == null ? null : catalogCondition.evidence());
    }

    private void editor(Actor a, PatientId patient, PlanForm form, Map<String, String> errors, Model model) {
        boolean editorRole = a.hasRole(Role.CLINICIAN, Role.COORDINATOR);
        String refusal = editorRole ? plans.draftRefusal(a, patient).orElse(null) : null;
        boolean editor = editorRole && refusal == null;
        List<PainCondition> conditions = editor ? profiles.profile(a, patient).activeConditions() : List.of();
        model.addAttribute("draftRefusal", refusal);
        model.addAttribute("followUpTemplates", editor ? plans.followUpTemplates() : List.of());
        model.addAttribute("patientId", patient.value());
        model.addAttribute("plan", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editor", editor);
        model.addAttribute("conditions", conditions);
        model.addAttribute("sources", CellSource.values());
        model.addAttribute("types", ProductType.values());
        model.addAttribute("manipulations", Manipulation.values());
        model.addAttribute("uses", IntendedUse.values());
        model.addAttribute("guidances", ImageGuidance.values());
        model.addAttribute("sides", Laterality.values());
        model.addAttribute("classification", null);
        model.addAttribute("classificationErrors", Map.of());
        try {
            ClassificationView live = form.getCellSource().isBlank() ? null : plans.classify(a, form.pathway());
            model.addAttribute("classification", live);
        } catch (InvalidInput e) {
            model.addAttribute("classificationErrors", e.fieldErrors());
        }
    }
}
