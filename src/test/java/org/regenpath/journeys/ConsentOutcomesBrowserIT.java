package org.regenpath.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consent a patient reads says what the regulatory engine concluded, on what facts, and what is uncertain,
 * for each outcome: not an HCT/P (platelet-rich plasma), the same surgical procedure exception (same-day marrow
 * into a tendon), a 361 HCT/P (micro-fragmented fat into a knee, an open question) and a product regulated as a
 * drug, device and/or biological product (enzymatic SVF). The plan page shows the class with the notice that
 * it has not been reviewed by a regulatory adviser.
 */
class ConsentOutcomesBrowserIT extends BrowserIT {

    private static final String CLINICIAN = "clinician@demo-clinic.example";

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachOutcomesConsentSaysWhatWasConcludedOnWhatFactsAndWhatIsUncertain() {
        signIn(CLINICIAN);

        Locator prp = consent(PlanFacts.of(CellSource.AUTOLOGOUS_PERIPHERAL_BLOOD, ProductType.PLATELET_RICH_PLASMA,
                null, null, false, false, "knee joint"), "NOT_AN_HCTP");
        assertThat(prp).containsText("Not an HCT/P (21 CFR 1271.3(d))");
        assertThat(prp).containsText("the product is made from your own blood");
        assertThat(prp).containsText("do not apply to this product");
        assertThat(prp).not().containsText("must register");
        assertThat(page.locator("#section-risks")).containsText("Blood draw");
        assertThat(page.locator("#section-risks")).not().containsText("Screening the cells");
        screenshot("consent-not-an-hctp");

        Locator ssp = consent(PlanFacts.of(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                Manipulation.MINIMAL, null, true, true, "Achilles tendon"), "SAME_SURGICAL_PROCEDURE_EXCEPTION");
        assertThat(ssp).containsText("Same surgical procedure exception (21 CFR 1271.15(b))");
        assertThat(ssp).containsText("it is taken and injected in the same procedure");
        assertThat(ssp).containsText("(non-homologous use) (FDA's position for this product at these sites)");
        assertThat(ssp).containsText("An exception is not an FDA review");
        assertThat(ssp).containsText("has not been reviewed by an independent regulatory adviser");
        assertThat(ssp).not().containsText("361");
        screenshot("consent-same-surgical-procedure");

        Locator hctp = consent(PlanFacts.of(CellSource.AUTOLOGOUS_ADIPOSE, ProductType.MICROFRAGMENTED_ADIPOSE,
                Manipulation.MINIMAL, IntendedUse.HOMOLOGOUS, false, false, "knee joint"), "HCTP_361");
        assertThat(hctp).containsText("361 HCT/P (21 CFR 1271.10(a))");
        assertThat(hctp).containsText("Uncertain: Whether micro-fragmented fat");
        assertThat(hctp).containsText("This is not FDA approval");

        Locator biologic = consent(PlanFacts.of(CellSource.AUTOLOGOUS_ADIPOSE, ProductType.ADIPOSE_SVF_ENZYMATIC,
                null, null, false, false, "knee joint"), "BIOLOGIC_351");
        assertThat(biologic).containsText("drug, device and/or biological product");
        assertThat(biologic).containsText("more than minimally (follows from the product type)");
        assertThat(biologic).containsText("an IND, or for a device an IDE");
        assertThat(biologic).not().containsText("exception");
        screenshot("consent-351");
    }

    /** Drafts the plan for a new eligible patient, checks its page, opens its consent: the regulatory section. */
    private Locator consent(PlanInput.PathwayInput pathway, String expectedPathway) {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                actor(CLINICIAN).clinicId(), "CO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Outcome.ELIGIBLE);
        LocalDate day = LocalDate.now().plusDays(3);
        String region = pathway.siteRegions().get(0);
        PlanView draft = plans.create(actor(CLINICIAN), c.patient(), new PlanInput(c.conditionId(),
                List.of(new PlanInput.SiteInput(region, Laterality.LEFT, new BigDecimal("3.0"), null)),
                pathway, "Lab SOP LAB-004", null, ImageGuidance.ULTRASOUND, null, "default", day, day,
                new PlanInput.CostInput(new BigDecimal("1200"), "USD", "test value")));
        String plan = "/patients/" + c.patient().value() + "/plans/" + draft.id();
        page.navigate(url(plan));
        assertThat(page.locator("#pathway")).hasAttribute("data-pathway", expectedPathway);
        assertThat(page.locator("#review-notice")).containsText("has not been reviewed by a regulatory adviser");
        page.navigate(url(plan + "/versions/1/consent"));
        return page.locator("#section-regulatory-status");
    }

    private Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    /** The regulatory answers of a plan, sites given by region. */
    private static final class PlanFacts {

        static PlanInput.PathwayInput of(CellSource source, ProductType type, Manipulation manipulation,
                IntendedUse use, boolean sameProcedure, boolean suchHctp, String region) {
            return new PlanInput.PathwayInput(source, type, manipulation, use, sameProcedure, suchHctp, null, true,
                    null, null, List.of(region));
        }
    }
}
