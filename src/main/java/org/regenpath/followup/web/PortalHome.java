package org.regenpath.followup.web;

import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient portal's home page, for a patient on their phone: a greeting by first name and, to come, what is
 * due and their own pain chart. Only a signed-in patient reaches it (the security chain), and they read only
 * their own record (the registry).
 */
@Controller
class PortalHome {

    private final PatientRegistry registry;
    private final Clinics clinics;

    PortalHome(PatientRegistry registry, Clinics clinics) {
        this.registry = registry;
        this.clinics = clinics;
    }

    @GetMapping("/portal")
    String home(Actor actor, Model model) {
        PatientView me = registry.ownRecord(actor);
        model.addAttribute("firstName", me.givenName());
        model.addAttribute("clinicName", clinics.byId(me.clinicId()).map(ClinicView::name).orElse(""));
        return "followup/portal-home";
    }
}
