package org.regenpath.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where HTTP Basic keeps the sign-in it just made: for this request only (no session, as before), and marked on the
 * request, so that the API's CSRF check can tell a request authenticated by its {@code Authorization} header from one
 * that merely carries such a header beside a session cookie. The Basic filter saves a context here only after it
 * checked the credentials; it does not when the header is not Basic, or names the user the session already signed
 * in (then the session authenticates the request, and CSRF applies).
 */
final class HeaderAuthentication implements SecurityContextRepository {

    private static final String MARK = HeaderAuthentication.class.getName() + ".AUTHENTICATED";

    private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

    /** True when HTTP Basic authenticated this request with valid credentials. */
    static boolean authenticated(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(MARK));
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (context.getAuthentication() != null && context.getAuthentication().isAuthenticated()) {
            request.setAttribute(MARK, Boolean.TRUE);
        }
        requestOnly.saveContext(context, request, response);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return requestOnly.loadContext(holder);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return requestOnly.containsContext(request);
    }
}
