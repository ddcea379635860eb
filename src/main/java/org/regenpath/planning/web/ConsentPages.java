package org.regenpath.planning.web;

import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.ConsentSigning;
import org.regenpath.planning.ConsentView;
import org.regenpath.planning.PlanConsent;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanStatus;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consent page of a plan version, made for the clinic's tablet: the document rendered for the version, the
 * patient's part (full name typed, "I have read and understood" ticked) and the clinician's countersignature
 * (e-mail and password re-entered), the consents recorded so far with their signatures, withdrawal, and a
 * printable view.
 */
@Controller
@RequestMapping("/patients/{patientId}/plans/{planId}/versions/{number}/consent")
class ConsentPages {

    private final PlanConsents consents;
    private final PatientRegistry registry;
    private final CurrentActor actor;

    ConsentPages(PlanConsents consents, PatientRegistry registry, CurrentActor actor) {
        this.consents = consents;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping
    String consent(@PathVariable long patientId, @PathVariable long planId, @PathVariable int number,
            Model model) {
        Actor a = actor.get();
        return page(a, PatientId.of(patientId), consents.view(a, PatientId.of(patientId), planId, number),
                new SigningForm(), Map.of(), model);
    }

    @PostMapping
    String sign(@PathVariable long patientId, @PathVariable long planId, @PathVariable int number,
            SigningForm form, Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        try {
            consents.sign(a, patient, planId, number, form.toSigning());
            redirect.addFlashAttribute("flash", "Consent to version " + number + " signed and countersigned.");
            return "redirect:/patients/" + patientId + "/plans/" + planId;
        } catch (InvalidInput e) {
            return page(a, patient, consents.view(a, patient, planId, number), form, e.fieldErrors(), model);
        } catch (Conflict e) {
            return page(a, patient, consents.view(a, patient, planId, number), form,
                    Map.of("conflict", e.getMessage()), model);
        }
    }

    @PostMapping("/withdrawal")
    String withdraw(@PathVariable long patientId, @PathVariable long planId, @PathVariable int number,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        try {
            consents.withdraw(a, patient, planId, number, reason);
            redirect.addFlashAttribute("flash", "The withdrawal of consent to version " + number
                    + " is recorded.");
            return "redirect:/patients/" + patientId + "/plans/" + planId + "/versions/" + number + "/consent";
        } catch (InvalidInput | Conflict e) {
            model.addAttribute("withdrawalError", e instanceof InvalidInput i
                    ? i.fieldErrors().values().iterator().next() : e.getMessage());
            model.addAttribute("reason", reason);
            return page(a, patient, consents.view(a, patient, planId, number), new SigningForm(), Map.of(), model);
        }
    }

    @GetMapping("/print")
    String print(@PathVariable long patientId, @PathVariable long planId, @PathVariable int number,
            Model model) {
        Actor a = actor.get();
        PatientId patient = PatientId.of(patientId);
        ConsentView view = consents.view(a, patient, planId, number);
        model.addAttribute("consent", view);
        model.addAttribute("patient", registry.get(a, patient));
        signed(view, model);
        return "planning/consent-print";
    }

    private String page(Actor a, PatientId patient, ConsentView view, SigningForm form, Map<String, String> errors,
            Model model) {
        model.addAttribute("patient", registry.get(a, patient));
        model.addAttribute("consent", view);
        signed(view, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maySign", consents.maySign(a));
        model.addAttribute("mayWithdraw", consents.mayWithdraw(a));
        if (!model.containsAttribute("withdrawalError")) {
            model.addAttribute("withdrawalError", null);
            model.addAttribute("reason", "");
        }
        return "planning/consent";
    }

    /**
     * Once the version is no longer a draft, the text its newest consent signed is what the pages show, section
     * by section; a draft shows the document as rendered for it now, which is what is signed next.
     */
    private static void signed(ConsentView view, Model model) {
        PlanConsent signed = view.versionStatus() == PlanStatus.DRAFT || view.consents().isEmpty() ? null
                : view.consents().get(view.consents().size() - 1);
        model.addAttribute("signed", signed);
        model.addAttribute("signedSections", signed == null ? List.of() : SignedText.sections(signed.documentText()));
    }

    /** The signing form as posted; the password is never sent back to the page. */
    public static class SigningForm {
        private String patientTypedName = "";
        private boolean patientAcknowledged;
        private String clinicianEmail = "";
        private String clinicianPassword = "";
        private String documentSha256 = "";

        ConsentSigning toSigning() {
            return new ConsentSigning(patientTypedName, patientAcknowledged, clinicianEmail, clinicianPassword,
                    documentSha256);
        }

        public String getPatientTypedName() {
            return patientTypedName;
        }

        public void setPatientTypedName(String patientTypedName) {
            this.patientTypedName = patientTypedName;
        }

        public boolean isPatientAcknowledged() {
            return patientAcknowledged;
        }

        public void setPatientAcknowledged(boolean patientAcknowledged) {
            this.patientAcknowledged = patientAcknowledged;
        }

        public String getClinicianEmail() {
            return clinicianEmail;
        }

        public void setClinicianEmail(String clinicianEmail) {
            this.clinicianEmail = clinicianEmail;
        }

        public void setClinicianPassword(String clinicianPassword) {
            this.clinicianPassword = clinicianPassword;
        }

        public String getDocumentSha256() {
            return documentSha256;
        }

        public void setDocumentSha256(String documentSha256) {
            this.documentSha256 = documentSha256;
        }
    }
}
