package org.regenpath.trace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.AdverseEventInput;
import org.regenpath.safety.AdverseEvents;
import org.regenpath.safety.Detection;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A recall in the browser: a kit lot is recalled; the clinician finds it from the menu, sees both patients whose
 * products used it and follows one product to its injection; the lab technician sees the same products by
 * patient number; the product's label and the patient's wristband print from their pages. Ann has an adverse event
 * linked to her product: the clinician looks back from it to Ben and his own event, and the lab reads Ann's
 * product's events on its page without her name or record number.
 */
class RecallTraceBrowserIT extends BrowserIT {

    private static final String CLINICIAN = "clinician@demo-clinic.example";
    private static final String LAB = "lab@demo-clinic.example";
    /** A label may be the process's first, rendered cold on a busy machine: allow it more than a page's time. */
    private static final RequestOptions PDF = RequestOptions.create().setTimeout(60_000);

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    String lot;
    TraceFixtures.Planned ann;
    TraceFixtures.Planned ben;
    String annProduct;
    String benProduct;
    long annEvent;

    @BeforeEach
    void twoPatientsShareAKitLot() {
        TraceFixtures f = TraceFixtures.of(application);
        TraceFixtures.Staff staff = new TraceFixtures.Staff(actor("admin@demo-clinic.example"), actor(CLINICIAN),
                actor(LAB), LAB, DEMO_PASSWORD);
        lot = TraceFixtures.uniqueLot();
        ann = f.patient(staff, mrn());
        ben = f.patient(staff, mrn());
        annProduct = f.processed(staff, ann, lot, "Centrifuge C-1");
        f.injected(staff, ann, annProduct);
        benProduct = f.processed(staff, ben, lot, "Centrifuge C-1");
        AdverseEvents events = application.getBean(AdverseEvents.class);
        annEvent = events.record(actor(CLINICIAN), ann.id(), event(annProduct, "injection-site-swelling", 2)).id();
        events.record(actor(CLINICIAN), ben.id(), event(null, "nausea", 1));
    }

    private static AdverseEventInput event(String product, String term, int grade) {
        return new AdverseEventInput(null, product, term, null, "Told the clinic by phone",
                LocalDate.now(ZoneId.of("America/New_York")), grade, Set.of(), null, null, null, true, "", null, null,
                Detection.PHONE, false);
    }

    @Test
    void aRecalledLotLeadsToBothPatientsAndOneProductToItsInjection() {
        signIn(CLINICIAN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recall trace").setExact(true)).first()
                .click();
        page.locator("#q").fill(lot.toLowerCase());
        page.locator("#trace").click();
        assertThat(page.locator("#trace-result h2")).hasText("2 product(s), 2 patient(s)");
        assertThat(page.locator("[id='trace-" + annProduct + "']")).containsText("Administered");
        assertThat(page.locator("[id='trace-" + annProduct + "']")).containsText("knee joint");
        assertThat(page.locator("[id='trace-" + benProduct + "']")).containsText("not given");
        screenshot("trace-lot-clinician");

        page.locator("[id='trace-" + annProduct + "'] a").first().click();
        assertThat(page.locator("h1")).containsText(annProduct);
        assertThat(page.locator("[id='trace-" + annProduct + "']")).containsText("recorded");
        screenshot("trace-product-clinician");

        page.navigate(url("/safety/events/" + annEvent));
        page.locator("#look-back-link").click();
        String benMrn = TraceFixtures.of(application).registry().get(actor(CLINICIAN), ben.id()).mrn();
        assertThat(page.locator("#look-back-materials")).containsText(lot);
        assertThat(page.locator("[data-patient='" + ben.id().value() + "']")).containsText(benMrn);
        assertThat(page.locator("[data-patient='" + ben.id().value() + "']")).containsText("Nausea");
        assertThat(page.locator("[data-patient='" + ben.id().value() + "']")).containsText(benProduct);
        screenshot("safety-look-back");

        page.navigate(url("/patients/" + ben.id().value()));
        assertThat(page.locator("#wristband-link")).isVisible();
        screenshot("chart-wristband-link");
        APIResponse wristband = context.request().get(url("/patients/" + ben.id().value() + "/wristband.pdf"), PDF);
        assertThat(wristband.status()).isEqualTo(200);
        assertThat(wristband.headers().get("content-type")).isEqualTo("application/pdf");
        checkProductText(wristband.url(), "application/pdf", wristband.body());

        context.clearCookies();
        signIn(LAB);
        page.navigate(url("/trace?by=KIT_LOT&q=" + lot));
        String benOnTheLabel = TraceFixtures.of(application).registry().get(actor(CLINICIAN), ben.id()).labelLine();
        assertThat(page.locator("#trace-patients")).containsText(benOnTheLabel);
        assertThat(page.locator("#trace-patients a[href='/patients/" + ben.id().value() + "']")).hasCount(0);
        screenshot("trace-lot-lab");

        page.navigate(url("/lab/products/" + annProduct));
        assertThat(page.locator("#product-events")).containsText("Grade 2");
        String annMrn = TraceFixtures.of(application).registry().get(actor(CLINICIAN), ann.id()).mrn();
        assertThat(page.locator("#adverse-events")).not().containsText(annMrn);
        assertThat(page.locator("#adverse-events a")).hasCount(0);
        screenshot("product-events-lab");

        page.navigate(url("/lab/products/" + benProduct));
        assertThat(page.locator("#label-link")).isVisible();
        screenshot("product-label-link");
        APIResponse label = context.request().get(url("/products/" + benProduct + "/label.pdf"), PDF);
        assertThat(label.status()).isEqualTo(200);
        assertThat(label.headers().get("content-type")).isEqualTo("application/pdf");
        checkProductText(label.url(), "application/pdf", label.body());
    }

    private Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    private static String mrn() {
        return "TR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
