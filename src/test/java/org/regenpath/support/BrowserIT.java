package org.regenpath.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for browser journeys: the whole application on a random port, driven by Playwright in the system's
 * Chromium ({@code /usr/bin/chromium}, or {@code REGENPATH_CHROMIUM}). Where no Chromium is installed the
 * journeys are skipped, and say so; CI installs Chromium and sets {@code REGENPATH_REQUIRE_BROWSER=true}, which
 * turns a missing browser into a failure. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Every page and PDF a journey receives is checked for working notes, {@code shared/} paths, issue numbers and
 * tool ids ({@link ProductText}); a journey that met one fails at its end, naming the page and the string.
 *
 * <p>Every page a journey receives is also checked, at its end, for sideways scrolling at 390 px and for axe-core
 * violations of impact serious or critical ({@link PageChecks}); findings fail the journey, naming the address,
 * the rule and the element. A journey that opens another window uses {@link #phoneContext()} so that its pages are
 * checked too.
 */
public abstract class BrowserIT extends ServerIT {

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    private final List<ProductText.Finding> productTextFindings = new ArrayList<>();
    private final java.util.Set<com.microsoft.playwright.Download> downloads = new java.util.LinkedHashSet<>();
    private PageChecks pageChecks;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("REGENPATH_CHROMIUM", "/usr/bin/chromium"));
        boolean required = Boolean.parseBoolean(System.getenv("REGENPATH_REQUIRE_BROWSER"));
        if (!Files.isExecutable(chromium)) {
            if (required) {
                throw new IllegalStateException("REGENPATH_REQUIRE_BROWSER is set but " + chromium
                        + " is missing; install Debian's chromium package");
            }
            Assumptions.abort("No Chromium at " + chromium + ": browser journeys skipped");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(contextOptions());
        context.setDefaultTimeout(10_000);
        productTextFindings.clear();
        downloads.clear();
        pageChecks = new PageChecks(url(""));
        context.onResponse(this::scanProductText);
        context.onPage(p -> p.onDownload(downloads::add));
        page = context.newPage();
        page.onDownload(downloads::add);
    }

    /**
     * A second window as a patient's phone (390 × 844, touch) whose pages are checked like the journey's own;
     * the caller closes it.
     */
    protected BrowserContext phoneContext() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PageChecks.PHONE_WIDTH, PageChecks.PHONE_HEIGHT).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
        phone.setDefaultTimeout(10_000);
        phone.onResponse(this::scanProductText);
        return phone;
    }

    @AfterEach
    void closePage() {
        try {
            for (com.microsoft.playwright.Download d : downloads) {
                if (d.failure() == null && d.suggestedFilename().endsWith(".pdf")) {
                    checkProductText(d.url(), "application/pdf", readAll(d.path()));
                }
            }
            org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
            softly.assertThat(productTextFindings)
                    .as("pages and PDFs of this journey show working notes or internal references").isEmpty();
            softly.assertThat(pageChecks.check(context)).as("pages of this journey scroll sideways on a "
                    + PageChecks.PHONE_WIDTH + " px phone or fail axe (serious or critical)").isEmpty();
            softly.assertAll();
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /**
     * Checks a page or PDF the journey fetched outside the page (e.g. with {@code context.request()}), as every
     * page the browser loads is checked; findings fail the journey at its end.
     */
    protected void checkProductText(String where, String contentType, byte[] body) {
        if (ProductText.isProductText(contentType)) {
            productTextFindings.addAll(ProductText.scan(where, ProductText.textOf(contentType, body)));
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void scanProductText(com.microsoft.playwright.Response response) {
        String type = response.headerValue("content-type");
        if (!ProductText.isProductText(type) || !response.url().startsWith(url(""))) {
            return;
        }
        byte[] body;
        try {
            body = response.body();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            return; // a redirect or a body the browser already dropped: nothing a person reads
        }
        checkProductText(response.url(), type, body);
        pageChecks.keep(response, type, body);
    }

    /** A laptop-sized window; phone journeys override this. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900);
    }

    protected void signIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
