package org.regenpath.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every page a browser journey received (issue #11): the page must not scroll sideways on a 390 px wide
 * phone, and axe-core must find no violation of impact serious or critical (decision 0030). The journey's
 * documents are kept as they arrived; at its end each distinct method and path is opened once more in a 390 × 844
 * window of the journey's browser context, served from the kept copy (so a form refused after a POST is checked as
 * the person saw it, and nothing is sent to the server twice), and checked there; a screenshot of each lands in
 * {@code target/screenshots/phone/}. Findings name the address, the rule and the element, so a failing journey says
 * what to fix.
 */
final class PageChecks {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final int MAX_ELEMENTS = 4;

    /** Something a person on a phone or with assistive technology would meet on a page. */
    record Finding(String url, String problem) {
        @Override
        public String toString() {
            return url + ": " + problem;
        }
    }

    /** A document as the journey received it. */
    private record Visit(String method, String url, int status, String contentType, byte[] body) {}

    /**
     * Elements that stick out to the right of the window while their parent does not (the causes, not their
     * children), leaving out what sits inside a scroll container that itself fits.
     */
    private static final String WIDE_ELEMENTS = """
            () => {
              const d = document.documentElement;
              if (d.scrollWidth <= d.clientWidth) return null;
              const w = d.clientWidth;
              const sticksOut = e => e.getBoundingClientRect().right > w + 1;
              const clipped = e => {
                if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;
                for (let a = e.parentElement; a && a !== d; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible' && !sticksOut(a)) return true;
                }
                return false;
              };
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + [...e.classList].map(c => '.' + c).join('');
              const path = e => (e.parentElement && e.parentElement !== document.body
                ? name(e.parentElement) + ' > ' : '') + name(e);
              const causes = [...document.body.querySelectorAll('*')]
                .filter(e => sticksOut(e) && !(e.parentElement && sticksOut(e.parentElement)) && !clipped(e))
                .map(e => path(e) + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
              if (causes.length === 0) {
                // Content wider than its own box (a long word, a fixed-size child): the deepest such boxes.
                const spills = [...document.body.querySelectorAll('*')].filter(e => !clipped(e)
                  && getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1
                  && e.getBoundingClientRect().left + e.scrollWidth > w + 1);
                spills.filter(e => !spills.some(o => o !== e && e.contains(o)))
                  .forEach(e => causes.push(path(e) + ' (content ' + e.scrollWidth + ' px in a '
                    + e.clientWidth + ' px box)'));
              }
              return { width: d.scrollWidth, causes: causes };
            }""";

    private final String base;
    private final Map<String, Visit> visits = new LinkedHashMap<>();
    private boolean checking;

    PageChecks(String base) {
        this.base = base;
    }

    /** Keeps a document the journey received from the application (the first one of each method and path). */
    void keep(Response response, String contentType, byte[] body) {
        if (checking || !response.url().startsWith(base) || contentType == null
                || !contentType.startsWith("text/html")) {
            return;
        }
        Request request = response.request();
        try {
            if (!request.isNavigationRequest() || request.frame().parentFrame() != null) {
                return;
            }
        } catch (PlaywrightException e) {
            return; // not a frame's request
        }
        String key = request.method() + " " + URI.create(response.url()).getPath();
        visits.putIfAbsent(key, new Visit(request.method(), response.url(), response.status(), contentType, body));
    }

    /** Opens each kept document again at 390 px in {@code context} and checks it. */
    List<Finding> check(BrowserContext context) {
        List<Finding> findings = new ArrayList<>();
        if (visits.isEmpty()) {
            return findings;
        }
        checking = true;
        Page page = context.newPage();
        try {
            page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
            Visit[] current = new Visit[1];
            page.route(u -> true, route -> {
                Visit v = current[0];
                if (v != null && route.request().isNavigationRequest() && route.request().url().equals(v.url())) {
                    route.fulfill(new Route.FulfillOptions().setStatus(v.status()).setContentType(v.contentType())
                            .setBodyBytes(v.body()));
                } else {
                    route.resume();
                }
            });
            for (Visit v : visits.values()) {
                current[0] = v;
                String where = ("POST".equals(v.method()) ? "after POST " : "") + v.url();
                try {
                    page.navigate(v.url());
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target",
                            "screenshots", "phone", screenshotName(v))));
                    findings.addAll(sidewaysScroll(page, where));
                    findings.addAll(accessibility(page, where));
                } catch (RuntimeException e) {
                    findings.add(new Finding(where, "could not be checked: " + e.getMessage().lines().findFirst()
                            .orElse("")));
                }
            }
        } finally {
            page.close();
            checking = false;
        }
        return findings;
    }

    /** {@code GET-patients-12-plans-3.png}: where to look at the page as the check saw it. */
    private static String screenshotName(Visit v) {
        String path = URI.create(v.url()).getPath().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return v.method() + "-" + (path.isEmpty() ? "home" : path) + ".png";
    }

    private static List<Finding> sidewaysScroll(Page page, String url) {
        Object result = page.evaluate(WIDE_ELEMENTS);
        if (!(result instanceof Map<?, ?> wide)) {
            return List.of();
        }
        List<?> causes = (List<?>) wide.get("causes");
        String named = causes.stream().limit(MAX_ELEMENTS).map(String::valueOf).collect(Collectors.joining("; "));
        if (causes.size() > MAX_ELEMENTS) {
            named += "; and " + (causes.size() - MAX_ELEMENTS) + " more";
        }
        return List.of(new Finding(url, "scrolls sideways at " + PHONE_WIDTH + " px (page " + wide.get("width")
                + " px wide); too wide: " + (named.isEmpty() ? "no single element found" : named)));
    }

    private static List<Finding> accessibility(Page page, String url) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<Finding> out = new ArrayList<>();
        if (results.getErrorMessage() != null) {
            out.add(new Finding(url, "axe could not run: " + results.getErrorMessage()));
        }
        for (Rule rule : results.getViolations()) {
            if (!FAILING_IMPACTS.contains(rule.getImpact())) {
                continue;
            }
            List<CheckedNode> nodes = rule.getNodes();
            String targets = nodes.stream().limit(MAX_ELEMENTS).map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(", "));
            if (nodes.size() > MAX_ELEMENTS) {
                targets += " and " + (nodes.size() - MAX_ELEMENTS) + " more";
            }
            String why = nodes.isEmpty() || nodes.get(0).getFailureSummary() == null ? ""
                    : " [" + nodes.get(0).getFailureSummary().replaceAll("\\s+", " ").trim() + "]";
            out.add(new Finding(url, "axe " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                    + targets + why));
        }
        return out;
    }
}
