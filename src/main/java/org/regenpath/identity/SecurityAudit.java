package org.regenpath.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the security filter chains record and answer when they refuse a request or sign someone out: every
 * refusal is a DENIED row in the audit trail, whoever asked.
 */
@Component
class SecurityAudit {

    private final AuditTrail audit;

    SecurityAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records a request refused before it reached a controller. */
    void refusal(HttpServletRequest req) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        SignedIn who = auth != null && auth.getPrincipal() instanceof SignedIn s ? s : null;
        Actor actor = who != null ? who.actor(req.getRemoteAddr())
                : new Actor(null, "anonymous", null, null, null, req.getRemoteAddr());
        String reason = who == null ? "not signed in"
                : actor.isPatient() ? "forbidden: patients use only the patient portal" : "forbidden";
        audit.denied(actor, AuditAction.ACCESS, null, "Request", req.getMethod() + " " + req.getRequestURI(), reason);
    }

    /** Records the refusal and answers with an RFC 9457 problem, for the API. */
    void problem(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String type, String detail)
            throws IOException {
        refusal(req);
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + req.getRequestURI().replace("\"", "") + "\"}");
    }

    void logout(Authentication auth, HttpServletRequest req) {
        if (auth != null && auth.getPrincipal() instanceof SignedIn p) {
            audit.signIn(p.getUsername(), p.actor(req.getRemoteAddr()), AuditAction.LOGOUT, true, "signed out",
                    req.getRemoteAddr());
        }
    }
}
