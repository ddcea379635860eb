package org.regenpath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.regenpath.identity.StaffPrincipal;
import org.regenpath.identity.UserAccounts;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Choose a new password" for the signed-in staff member: where every page leads after an admin set the password,
 * and open to any staff member who wants to change theirs.
 */
@Controller
class OwnPasswordPages {

    private static final String PAGE = "identity/change-password";

    private final UserAccounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OwnPasswordPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Authentication auth, Model model) {
        model.addAttribute("required", required(auth));
        model.addAttribute("errors", Map.of());
        return PAGE;
    }

    @PostMapping("/account/password")
    String change(
            Actor actor, Authentication auth,
            @RequestParam(name = "current", required = false) String current,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmation", required = false) String confirmation,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            StaffPrincipal changed = accounts.changeOwnPassword(actor, current, password, confirmation);
            keepSignedIn(changed, auth, request, response);
            return "redirect:/";
        } catch (InvalidInput e) {
            model.addAttribute("required", required(auth));
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PAGE;
        }
    }

    private static boolean required(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p && p.mustChangePassword();
    }

    /** The session goes on with the refreshed principal, which no longer has to change its password. */
    private void keepSignedIn(StaffPrincipal changed, Authentication old, HttpServletRequest request,
            HttpServletResponse response) {
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities());
        auth.setDetails(old == null ? null : old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
