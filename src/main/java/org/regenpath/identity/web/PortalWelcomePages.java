package org.regenpath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regenpath.identity.InvitationNotUsable;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.identity.PatientPrincipal;
import org.regenpath.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The page an invitation link opens: the patient sets a password and is signed in to the portal straight away
 * (they have just proved they read the mailbox and chose the password, so asking for it again adds nothing). A
 * link that does not work gets a plain page saying so and what to do, never an error trace.
 */
@Controller
class PortalWelcomePages {

    private static final String FORM = "identity/welcome";
    private static final String NOT_USABLE = "identity/invitation-not-usable";

    private final PatientAccounts accounts;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PortalWelcomePages(PatientAccounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping("/portal/welcome")
    String form(@RequestParam(name = "token", required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        noReferrer(response);
        try {
            showForm(model, token, accounts.welcome(token, request.getRemoteAddr()));
            return FORM;
        } catch (InvitationNotUsable e) {
            return notUsable(e, model, response);
        }
    }

    @PostMapping("/portal/welcome")
    String setPassword(
            @RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmation", required = false) String confirmation,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        noReferrer(response);
        try {
            PatientPrincipal patient = accounts.activate(token, password, confirmation, request.getRemoteAddr());
            signIn(patient, request, response);
            return "redirect:/portal";
        } catch (InvitationNotUsable e) {
            return notUsable(e, model, response);
        } catch (InvalidInput e) {
            try {
                showForm(model, token, accounts.welcome(token, request.getRemoteAddr()));
            } catch (InvitationNotUsable gone) {
                return notUsable(gone, model, response);
            }
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORM;
        }
    }

    private static void showForm(Model model, String token, PatientAccounts.Welcome welcome) {
        model.addAttribute("token", token);
        model.addAttribute("welcome", welcome);
        model.addAttribute("errors", java.util.Map.of());
    }

    private static String notUsable(InvitationNotUsable e, Model model, HttpServletResponse response) {
        model.addAttribute("reason", e.reason());
        response.setStatus(e.reason() == InvitationNotUsable.Reason.UNKNOWN
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        return NOT_USABLE;
    }

    /** A fresh session id and CSRF token for the signed-in patient (no session fixation), then the sign-in event. */
    private void signIn(PatientPrincipal patient, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(patient, null, patient.getAuthorities());
        auth.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(auth, getClass()));
    }

    /** The link's token must not leak to any other page through the Referer header. */
    private static void noReferrer(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
