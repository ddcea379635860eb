package org.regenpath.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Tells the web layer of every module who is acting in the current request: a staff member or a patient. */
@Component
public class CurrentActor {

    /**
     * The signed-in user as an {@link Actor}, with the request's remote address.
     *
     * @throws AccessDenied when nobody is signed in
     */
    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedIn p)) {
            throw new AccessDenied("Sign in first.");
        }
        return p.actor(remoteAddress());
    }

    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
