package org.regenpath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.regenpath.identity.InvitationNotUsable;
import org.regenpath.identity.PasswordResets;
import org.regenpath.identity.ResetLinkNotUsable;
import org.regenpath.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?" for staff and patients, reached from the sign-in page. Asking always ends on the same
 * page, whether or not an account signs in with the address; the link in the e-mail opens the new-password form,
 * and a link that does not work gets a plain page with a way to ask for a new one.
 */
@Controller
class PasswordResetPages {

    private static final String ASK = "identity/forgot-password";
    private static final String FORM = "identity/reset-password";
    private static final String NOT_USABLE = "identity/reset-not-usable";

    private final PasswordResets resets;

    PasswordResetPages(PasswordResets resets) {
        this.resets = resets;
    }

    @ModelAttribute("validityMinutes")
    long validityMinutes() {
        return PasswordResets.VALIDITY.toMinutes();
    }

    @GetMapping("/password/forgot")
    String ask(Model model) {
        model.addAttribute("errors", Map.of());
        return ASK;
    }

    @PostMapping("/password/forgot")
    String request(@RequestParam(name = "email", required = false) String email, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("email", email);
        try {
            if (resets.request(email, request.getRemoteAddr()) == PasswordResets.Outcome.TOO_MANY) {
                model.addAttribute("errors", Map.of());
                model.addAttribute("tooMany", true);
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", "900");
                return ASK;
            }
            return "redirect:/password/forgot?sent";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return ASK;
        }
    }

    @GetMapping("/password/reset")
    String form(@RequestParam(name = "token", required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        noReferrer(response);
        try {
            showForm(model, token, resets.check(token, request.getRemoteAddr()));
            return FORM;
        } catch (ResetLinkNotUsable e) {
            return notUsable(e, model, response);
        }
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmation", required = false) String confirmation,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        noReferrer(response);
        try {
            resets.reset(token, password, confirmation, request.getRemoteAddr());
            return "redirect:/login?reset";
        } catch (ResetLinkNotUsable e) {
            return notUsable(e, model, response);
        } catch (InvalidInput e) {
            try {
                showForm(model, token, resets.check(token, request.getRemoteAddr()));
            } catch (ResetLinkNotUsable gone) {
                return notUsable(gone, model, response);
            }
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORM;
        }
    }

    private static void showForm(Model model, String token, PasswordResets.ResetLink link) {
        model.addAttribute("token", token);
        model.addAttribute("link", link);
        model.addAttribute("errors", Map.of());
    }

    private static String notUsable(ResetLinkNotUsable e, Model model, HttpServletResponse response) {
        model.addAttribute("reason", e.reason());
        model.addAttribute("message", e.getMessage());
        response.setStatus(e.reason() == InvitationNotUsable.Reason.UNKNOWN
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        return NOT_USABLE;
    }

    /** The link's token must not leak to any other page through the Referer header. */
    private static void noReferrer(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
