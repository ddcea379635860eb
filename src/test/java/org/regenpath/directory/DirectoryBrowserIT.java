package org.regenpath.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.regenpath.support.BrowserIT;

/**
 * A visitor without an account searches for knee osteoarthritis near Albany (12207) on a phone, sees providers
 * nearest first with their distance, opens the verified demo clinic and reads its claims; then the directory editor
 * signs in and finds listings awaiting verification. Every page is checked by axe and at 390 px.
 */
class DirectoryBrowserIT extends BrowserIT {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(390, 844);
    }

    @Test
    void aVisitorFindsAVerifiedClinicNearAlbanyAndTheEditorFindsWorkWaiting() {
        page.navigate(url("/providers"));
        screenshot("directory-search-empty");
        page.getByLabel("ZIP code").fill("12207");
        page.getByLabel("Within (miles, 1 to 500)").fill("25");
        page.getByLabel("Condition").selectOption("knee-oa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#results h2")).containsText("within 25 miles of 12207");
        assertThat(page.locator(".hit").first()).containsText("miles");
        assertThat(page.locator(".hit", new Page.LocatorOptions().setHasText("Demo Regenerative Pain Clinic")))
                .containsText("Claims verified");
        screenshot("directory-results");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo Regenerative Pain Clinic")).click();
        assertThat(page.locator("#provider-name")).hasText("Demo Regenerative Pain Clinic");
        assertThat(page.locator("#verified-badge")).hasText("Claims verified");
        assertThat(page.locator("ul.claims")).containsText("FDA HCT/P establishment registration");
        assertThat(page.locator("ul.claims")).containsText("looked up in FDA's database");
        screenshot("directory-provider");

        page.navigate(url("/providers?zip=00000&radius=10000"));
        assertThat(page.locator("#zip-error")).containsText("not one we can place");
        assertThat(page.locator("#radius-error")).containsText("1 to 500 miles");
        screenshot("directory-bad-search");

        signIn("editor@directory.example");
        page.navigate(url("/directory/editor"));
        assertThat(page.locator("h1")).hasText("Listings awaiting verification");
        assertThat(page.locator("#awaiting tbody tr").first()).isVisible();
        screenshot("directory-editor-list");
        page.locator("#awaiting tbody tr a").first().click();
        assertThat(page.locator("h1")).isVisible();
        screenshot("directory-editor-listing");
    }
}
