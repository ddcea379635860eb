package org.regenpath.system.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: sends each role to where its work is, and a patient to the patient portal. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication auth) {
        if (has(auth, "ROLE_PATIENT")) {
            return "redirect:/portal";
        }
        if (has(auth, "ROLE_CLINICIAN") || has(auth, "ROLE_COORDINATOR")) {
            return "redirect:/patients";
        }
        if (has(auth, "ROLE_LAB_TECHNICIAN")) {
            return "redirect:/lab";
        }
        if (has(auth, "ROLE_DIRECTORY_EDITOR")) {
            return "redirect:/directory/editor";
        }
        if (has(auth, "ROLE_CLINIC_ADMIN")) {
            return "redirect:/admin/users";
        }
        if (has(auth, "ROLE_RESEARCHER")) {
            return "redirect:/registry";
        }
        return "system/home";
    }

    private static boolean has(Authentication auth, String authority) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
