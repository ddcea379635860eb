package org.regenpath.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public abstract class BrowserIT extends ServerIT {

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

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
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
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
