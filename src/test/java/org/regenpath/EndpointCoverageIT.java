package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every controller handler of the application is tried by some {@link AuthorizationMatrix} (a row in a static
 * {@code List<Endpoint>} of an integration test), or is one of the few listed here that anyone may use or that
 * answer for no one's data. A new endpoint without a row fails this test, naming it.
 */
class EndpointCoverageIT extends WebIT {

    /**
     * Handlers no matrix needs to try, as {@code METHOD /pattern}, each with the reason. Anything that shows or
     * changes a patient's or a clinic's data does not belong here.
     */
    static final Set<String> OPEN = Set.of(
            // Signing in and out, and resetting a forgotten password: for people who are not signed in yet.
            "GET /login",
            "GET /password/forgot",
            "POST /password/forgot",
            "GET /password/reset",
            "POST /password/reset",
            // A patient's first visit from the invitation e-mail: the token in the link is the credential.
            "GET /portal/welcome",
            "POST /portal/welcome",
            // Public help: the glossary of terms pages explain.
            "GET /help/glossary",
            // The public directory (decision 0054): what providers publish, for anyone; no patient's or clinic's
            // private data. DirectorySearchIT shows an unpublished listing is nowhere in it.
            "GET /providers",
            "GET /providers/{slug}",
            "GET /api/directory/providers",
            "GET /robots.txt",
            "GET /sitemap.xml",
            // The start page: sends whoever signed in to their own start page (staff to theirs, a patient to the
            // portal), and anyone else to sign in. It shows nothing of its own.
            "GET /");

    @Autowired
    private ApplicationContext context;

    @Test
    void everyHandlerIsInAnAuthorizationMatrixOrOpenToEveryoneForAReason() throws Exception {
        Map<RequestMappingInfo, HandlerMethod> handlers = handlers();
        Set<RequestMappingInfo> covered = new HashSet<>();
        List<String> rowsWithoutHandler = new ArrayList<>();
        for (Endpoint row : rows()) {
            RequestMappingInfo best = best(handlers.keySet(), row);
            if (best == null) {
                rowsWithoutHandler.add(row.toString());
            } else {
                covered.add(best);
            }
        }
        Set<String> uncovered = new TreeSet<>();
        Set<String> openUsed = new HashSet<>();
        handlers.forEach((info, handler) -> {
            if (covered.contains(info)) {
                return;
            }
            for (String name : names(info)) {
                if (OPEN.contains(name)) {
                    openUsed.add(name);
                } else {
                    uncovered.add(name + " (" + handler.getBeanType().getSimpleName() + "#"
                            + handler.getMethod().getName() + ")");
                }
            }
        });
        assertThat(rowsWithoutHandler).as("matrix rows that reach no handler").isEmpty();
        assertThat(uncovered).as("handlers in no authorization matrix and not listed as open").isEmpty();
        assertThat(openUsed).as("open entries that match a handler").containsExactlyInAnyOrderElementsOf(OPEN);
    }

    /** The application's own handlers (not the actuator's or springdoc's). */
    private Map<RequestMappingInfo, HandlerMethod> handlers() {
        Map<RequestMappingInfo, HandlerMethod> all = new java.util.HashMap<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (handler.getBeanType().getPackageName().startsWith("org.regenpath")) {
                    all.put(info, handler);
                }
            });
        }
        assertThat(all).as("the application's handlers").hasSizeGreaterThan(100);
        return all;
    }

    /** {@code METHOD /pattern} for each method and pattern the mapping has; ANY where it takes every method. */
    private static List<String> names(RequestMappingInfo info) {
        Collection<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("ANY")
                : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
        List<String> names = new ArrayList<>();
        for (String method : methods) {
            for (String pattern : info.getPatternValues()) {
                names.add(method + " " + pattern);
            }
        }
        return names;
    }

    /** The handler a request of the row reaches, chosen as Spring MVC chooses it. */
    private static RequestMappingInfo best(Collection<RequestMappingInfo> infos, Endpoint row) {
        MockHttpServletRequest request = request(row);
        List<RequestMappingInfo> matching = new ArrayList<>();
        for (RequestMappingInfo info : infos) {
            RequestMappingInfo match = info.getMatchingCondition(request);
            if (match != null) {
                matching.add(info);
            }
        }
        return matching.stream().min(Comparator.comparing(info -> info.getMatchingCondition(request),
                (a, b) -> a.compareTo(b, request))).orElse(null);
    }

    /** The row's request, its placeholders filled with a plain id. */
    private static MockHttpServletRequest request(Endpoint row) {
        String url = row.url().replaceAll("\\{[A-Za-z]+}", "1");
        int query = url.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest(row.method().name(),
                query < 0 ? url : url.substring(0, query));
        if (query >= 0) {
            params(request, url.substring(query + 1));
        }
        if (row.body() != null && row.api()) {
            request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        } else if (row.body() != null) {
            request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
            params(request, row.body().replaceAll("\\{[A-Za-z]+}", "1"));
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static void params(MockHttpServletRequest request, String pairs) {
        for (String pair : pairs.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                request.addParameter(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }

    /** Every row of every matrix: the static {@code List<Endpoint>} fields of the integration tests. */
    static List<Endpoint> rows() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("IT"));
        List<Endpoint> rows = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.regenpath")) {
            for (Field field : Class.forName(candidate.getBeanClassName()).getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && List.class.equals(field.getType())
                        && field.getGenericType() instanceof ParameterizedType t
                        && Endpoint.class.equals(t.getActualTypeArguments()[0])) {
                    field.setAccessible(true);
                    @SuppressWarnings("unchecked")
                    List<Endpoint> matrix = (List<Endpoint>) field.get(null);
                    rows.addAll(matrix);
                }
            }
        }
        assertThat(rows).as("matrix rows found").hasSizeGreaterThan(100);
        return rows;
    }
}
