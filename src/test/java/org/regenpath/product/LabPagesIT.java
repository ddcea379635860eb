package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The lab board and product page: the board lists the product, steps are recorded, refusals are shown. */
class LabPagesIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ChainOfCustody custody;

    @Autowired
    ClinicProductSettings settings;

    /** Products on one page of the lab board. */
    static final int BOARD_PAGE = 50;

    String product;

    PatientId patient;

    @BeforeEach
    void collected() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        patient = c.patient();
        product = custody.collect(actor(LAB), c.patient(), new CollectInput(plan, "Procedure room 2", null, null,
                null, null)).productId();
    }

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theBoardShowsFiftyProductsAPageWithTheTotalAndPagesOnWithoutRepeats() throws Exception {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        long clinic = account(CLINICIAN).clinicId().value();
        while (collectedInClinic(clinic) <= BOARD_PAGE) {
            custody.collect(actor(LAB), c.patient(), new CollectInput(plan, "Procedure room 2", null, null, null,
                    null));
        }
        long total = collectedInClinic(clinic);
        String first = page(LAB, "/lab?state=COLLECTED");
        assertThat(rows(first)).hasSize(BOARD_PAGE);
        assertThat(first).contains("1–50 of " + total + " products").contains("id=\"products-next\"")
                .contains("href=\"/lab?state=COLLECTED&amp;page=1\"").doesNotContain("id=\"products-previous\"");
        String second = page(LAB, "/lab?state=COLLECTED&page=1");
        assertThat(rows(second)).hasSize((int) Math.min(BOARD_PAGE, total - BOARD_PAGE))
                .doesNotContainAnyElementsOf(rows(first));
        assertThat(second).contains("51–").contains("id=\"products-previous\"");
    }

    long collectedInClinic(long clinic) {
        return jdbc.sql("select count(*) from product_product where clinic_id = :c and state = 'COLLECTED'")
                .param("c", clinic).query(Long.class).single();
    }

    /** The product ids of the board's table rows. */
    static java.util.List<String> rows(String html) {
        return java.util.regex.Pattern.compile("<tr id=\"product-([A-Z0-9*]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void theBoardListsTheProductAndItsPageRecordsStepsAndShowsRefusals() throws Exception {
        assertThat(page(LAB, "/lab?state=COLLECTED")).contains(product);
        assertThat(page(COORDINATOR, "/lab")).contains("Lab board");
        assertThat(page(LAB, "/lab/products/" + product)).contains("Chain of custody").contains(">Collected</span>")
                .doesNotContain(">COLLECTED<");

        mvc.perform(post("/lab/products/" + product + "/custody").with(as(LAB)).with(csrf())
                        .param("action", "PROCESS").param("version", "0").param("location", "Lab bench B")
                        .param("device", "Centrifuge system X").param("kitLot", "KIT-42"))
                .andExpect(redirectedUrl("/lab/products/" + product));
        assertThat(page(LAB, "/lab/products/" + product)).contains("data-step=\"PROCESSING_STARTED\"")
                .contains(">Processing started</td>").doesNotContain(">PROCESSING_STARTED</td>").contains("KIT-42");

        String refused = mvc.perform(post("/lab/products/" + product + "/custody").with(as(LAB)).with(csrf())
                        .param("action", "RELEASE").param("version", "1").param("location", "Lab bench B"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"conflict\"").contains("second person");
        String bad = mvc.perform(post("/lab/products/" + product + "/custody").with(as(LAB)).with(csrf())
                        .param("action", "QC").param("version", "1").param("location", "Lab bench B")
                        .param("viabilityPercent", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("viabilityPercent-error").contains("Not a number");
    }

    @Test
    void theStepFormLabelsItsFieldsWithUnitsOffersOnlyStepsThatFitAndPrintsNumbersAsPeopleWriteThem()
            throws Exception {
        String collected = page(LAB, "/lab/products/" + product);
        String menu = collected.substring(collected.indexOf("id=\"action\""), collected.indexOf("</select>",
                collected.indexOf("id=\"action\"")));
        assertThat(menu).contains("value=\"PROCESS\"").contains("value=\"QUARANTINE\"").contains("value=\"DISCARD\"")
                .doesNotContain("value=\"RELEASE\"").doesNotContain("value=\"QC\"").doesNotContain("value=\"RESUME\"");
        assertThat(collected).contains(">Kit lot number</label>").contains(">Volume (mL)</label>")
                .contains(">Total nucleated cells (TNC)</label>").contains("1.2e9")
                .doesNotContain(">kitLot</label>").doesNotContain(">volumeMl</label>");

        mvc.perform(post("/lab/products/" + product + "/custody").with(as(LAB)).with(csrf())
                        .param("action", "PROCESS").param("version", "0").param("location", "Lab bench B")
                        .param("device", "Centrifuge system X").param("kitLot", "KIT-42"))
                .andExpect(redirectedUrl("/lab/products/" + product));
        mvc.perform(post("/lab/products/" + product + "/custody").with(as(LAB)).with(csrf())
                        .param("action", "QC").param("version", "1").param("location", "Lab bench B")
                        .param("volumeMl", "60.0").param("totalNucleatedCells", "1.5e9"))
                .andExpect(redirectedUrl("/lab/products/" + product));
        String processing = page(LAB, "/lab/products/" + product);
        assertThat(processing).contains("60 mL").contains("TNC 1.5 × 10⁹").doesNotContain("6E+1")
                .doesNotContain("1500000000");
    }

    @Test
    void theLabSeesThePatientAsTheLabelNamesThemNeverAsAnInternalNumber() throws Exception {
        PatientView p = registry.get(actor(CLINICIAN), patient);
        String asLabelled = p.familyName() + ", " + p.givenName() + " · MRN " + p.mrn();
        String board = page(LAB, "/lab?state=COLLECTED");
        String row = board.substring(board.indexOf("id=\"product-" + product + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(asLabelled)
                .doesNotContain("#" + patient.value() + "<");
        assertThat(page(LAB, "/lab/products/" + product)).contains(asLabelled)
                .doesNotContain("patient #" + patient.value());
    }

    @Test
    void aProductIsCollectedFromTheBrowserForAnApprovedPlan() throws Exception {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        String url = "/lab/patients/" + c.patient().value() + "/collect";
        PatientView named = registry.get(actor(CLINICIAN), c.patient());
        assertThat(page(LAB, url + "?planId=" + plan)).contains("collect-form").contains(named.label())
                .doesNotContain("patient #");
        String missing = mvc.perform(post(url).with(as(LAB)).with(csrf()).param("planId", String.valueOf(plan))
                        .param("location", " ")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(missing).contains("data-field=\"location\"");
        String location = mvc.perform(post(url).with(as(LAB)).with(csrf()).param("planId", String.valueOf(plan))
                        .param("location", "Procedure room 2")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(LAB, location)).contains(">Collected</span>").contains("Chain of custody");
        mvc.perform(post(url).with(as(COORDINATOR)).with(csrf()).param("planId", String.valueOf(plan))
                .param("location", "Procedure room 2")).andExpect(status().isForbidden());
    }

    @Test
    void theBoardAndProductPageAreClosedToOtherRolesAndClinics() throws Exception {
        mvc.perform(get("/lab").with(as(RESEARCHER))).andExpect(status().isForbidden());
        mvc.perform(get("/lab/products/" + product).with(as(ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/lab/products/" + product).with(as(OTHER_CLINICIAN))).andExpect(status().isNotFound());
        mvc.perform(get("/lab")).andExpect(status().is3xxRedirection());
    }
}
