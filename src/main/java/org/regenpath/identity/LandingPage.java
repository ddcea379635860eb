package org.regenpath.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in lands: staff go back to the page they asked for, or to the start page; patients go to the
 * page of the portal they asked for, or to the portal home, never to a staff page they would be refused.
 */
final class LandingPage implements AuthenticationSuccessHandler {

    static final String PORTAL = "/portal";

    private final SavedRequestAwareAuthenticationSuccessHandler staff =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final RequestCache requests = new HttpSessionRequestCache();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    LandingPage() {
        staff.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (!(auth.getPrincipal() instanceof PatientPrincipal)) {
            staff.onAuthenticationSuccess(request, response, auth);
            return;
        }
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        String target = PORTAL;
        if (saved != null) {
            String path = URI.create(saved.getRedirectUrl()).getRawPath();
            String base = request.getContextPath() + PORTAL;
            if (path != null && (path.equals(base) || path.startsWith(base + "/"))) {
                target = saved.getRedirectUrl();
            }
        }
        redirect.sendRedirect(request, response, target);
    }
}
