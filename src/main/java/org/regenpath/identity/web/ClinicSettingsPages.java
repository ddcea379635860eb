package org.regenpath.identity.web;

import org.regenpath.identity.ClinicSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic's settings page: its time zone, which the clinic admin changes. */
@Controller
class ClinicSettingsPages {

    private final ClinicSettings settings;

    ClinicSettingsPages(ClinicSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/clinic")
    String show(Actor actor, Model model) {
        var current = settings.timeZone(actor);
        model.addAttribute("current", current);
        if (!model.containsAttribute("timeZone")) {
            model.addAttribute("timeZone", current.timeZone());
        }
        model.addAttribute("zones", ClinicSettings.zoneChoices());
        model.addAttribute("common", ClinicSettings.commonChoices());
        return "identity/clinic";
    }

    @PostMapping("/admin/clinic")
    String change(Actor actor, @RequestParam(name = "timeZone", required = false) String timeZone, Model model,
            RedirectAttributes flash) {
        try {
            var changed = settings.changeTimeZone(actor, timeZone);
            flash.addFlashAttribute("saved", "Time zone set to " + changed.timeZone() + "; the clinic's time is now "
                    + changed.localTime() + ".");
            return "redirect:/admin/clinic";
        } catch (InvalidInput e) {
            model.addAttribute("error", e.fieldErrors().get("timeZone"));
            model.addAttribute("timeZone", timeZone);
            return show(actor, model);
        }
    }
}
