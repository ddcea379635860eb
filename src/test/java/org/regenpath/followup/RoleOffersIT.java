package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.product.CollectInput;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One rule per action: for every action a page offers only to some roles, the page offers it to exactly the roles
 * the service allows, and the service refuses (403) a posted action to exactly the others, so a page can neither
 * hide what a role may do nor offer what it may not. Each role's page is compared with the service's own rule
 * ({@code mayApprove}, {@code maySign}, ...), the one the service applies when the action is posted.
 */
class RoleOffersIT extends TreatedPatientIT {

    static final List<String> ROLES = List.of(CLINICIAN, COORDINATOR, LAB, RESEARCHER, ADMIN);

    @Autowired
    FollowupSchedules schedules;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ChainOfCustody custody;

    @Autowired
    ClinicProductSettings productSettings;

    /**
     * An action a page offers conditionally: the page and the marker of its control, the post that performs it,
     * and the service's rule.
     */
    record Action(String name, Function<Fixture, String> page, String marker,
            Function<Fixture, MockHttpServletRequestBuilder> perform, Predicate<Actor> allowed) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the actions act on: a planned patient with a schedule, a draft plan, a consented draft, a product. */
    record Fixture(PatientId planned, long schedule, int scheduleVersion, PatientId drafted, long draft,
            PatientId consented, long consentedDraft, String product) {}

    Fixture fixture() {
        PatientId planned = planned();
        ScheduleView s = schedule(planned);
        ClinicalFixtures.Candidate d = candidate();
        long draft = plans.create(Actor.system(account(CLINICIAN).clinicId()), d.patient(), ClinicalFixtures.marrowPlan(d)).id();
        ClinicalFixtures.Candidate c = candidate();
        long consented = plans.create(Actor.system(account(CLINICIAN).clinicId()), c.patient(), ClinicalFixtures.marrowPlan(c)).id();
        ClinicalFixtures.signConsent(consents, actor(CLINICIAN), c.patient(), consented, 1);
        productSettings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate p = candidate();
        long approved = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), p);
        String product = custody.collect(actor(LAB), p.patient(),
                new CollectInput(approved, "Procedure room 2", null, null, null, null)).productId();
        return new Fixture(planned, s.id(), s.version(), d.patient(), draft, c.patient(), consented, product);
    }

    ClinicalFixtures.Candidate candidate() {
        return ClinicalFixtures.candidate(beans.getBean(PatientRegistry.class), beans.getBean(PainProfiles.class),
                beans.getBean(CandidacyScreening.class), account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
    }

    static String consent(PatientId p, long plan) {
        return "/patients/" + p.value() + "/plans/" + plan + "/versions/1/consent";
    }

    List<Action> actions() {
        return List.of(
                new Action("follow-up protocol change", f -> "/patients/" + f.planned().value() + "/follow-up",
                        "class=\"protocol\"", f -> post("/patients/" + f.planned().value() + "/follow-up/schedules/"
                                + f.schedule() + "/protocol").param("templateId", "default")
                                .param("instrumentSetId", "no-such-set").param("version", "-1"),
                        schedules::mayChangeProtocol),
                new Action("plan approval", f -> "/patients/" + f.drafted().value() + "/plans/" + f.draft(),
                        "id=\"approve\"", f -> post("/patients/" + f.drafted().value() + "/plans/" + f.draft()
                                + "/approval").param("version", "-1"),
                        plans::mayApprove),
                new Action("consent countersignature", f -> consent(f.drafted(), f.draft()), "id=\"consent-form\"",
                        f -> post(consent(f.drafted(), f.draft())).param("patientTypedName", "Nobody"),
                        consents::maySign),
                new Action("consent withdrawal", f -> consent(f.consented(), f.consentedDraft()),
                        "id=\"withdrawal-form\"", f -> post(consent(f.consented(), f.consentedDraft())
                                + "/withdrawal").param("reason", ""),
                        consents::mayWithdraw),
                new Action("product release (custody steps)", f -> "/lab/products/" + f.product(),
                        "id=\"custody-form\"", f -> post("/lab/products/" + f.product() + "/custody")
                                .param("action", "RELEASE").param("version", "-1"),
                        custody::mayRecordSteps));
    }

    @TestFactory
    Stream<DynamicTest> eachPageOffersAnActionToExactlyTheRolesTheServiceAllows() {
        Fixture[] made = new Fixture[1];
        return actions().stream().map(a -> DynamicTest.dynamicTest(a.toString(), () -> {
            if (made[0] == null) {
                made[0] = fixture();
            }
            Fixture f = made[0];
            int offeredTo = 0;
            for (String user : ROLES) {
                boolean allowed = a.allowed().test(actor(user));
                MockHttpServletResponse page = mvc.perform(get(a.page().apply(f)).with(as(user))).andReturn()
                        .getResponse();
                boolean offered = page.getStatus() == 200 && page.getContentAsString().contains(a.marker());
                assertThat(offered).as(a + ": offered to " + user + " (page " + page.getStatus() + ")")
                        .isEqualTo(allowed);
                offeredTo += offered ? 1 : 0;
                int posted = mvc.perform(a.perform().apply(f).with(csrf()).with(as(user))).andReturn().getResponse()
                        .getStatus();
                if (allowed) {
                    assertThat(posted).as(a + ": posted by " + user).isNotEqualTo(403);
                } else {
                    assertThat(posted).as(a + ": posted by " + user).isEqualTo(403);
                }
            }
            assertThat(offeredTo).as(a + ": offered to some role").isPositive();
        }));
    }
}
