package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lab's worklist on the lab board: an approved plan appears with the patient as the label names them and a
 * link to start the collection; it leaves once a product is collected or the consent is withdrawn; another
 * clinic's plans never show.
 */
class CollectionWorklistIT extends WebIT {

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
    CollectionWorklist worklist;

    @Autowired
    ClinicProductSettings settings;

    @BeforeEach
    void settings() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
    }

    record Approved(ClinicalFixtures.Candidate candidate, long plan) {}

    Approved approved(String clinician, LocalDate day) {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(clinician).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(clinician), c, day);
        return new Approved(c, plan);
    }

    String board(String user) throws Exception {
        return mvc.perform(get("/lab").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    String row(String page, long plan) {
        int at = page.indexOf("id=\"waiting-plan-" + plan + "\"");
        return at < 0 ? "" : page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void anApprovedPlanWaitsOnTheBoardWithTheLabelNameAndLeavesOnceCollected() throws Exception {
        Approved a = approved(CLINICIAN, LocalDate.now().plusDays(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> !row(board(LAB), a.plan()).isEmpty());
        PatientView p = registry.get(actor(CLINICIAN), a.candidate().patient());
        String row = row(board(LAB), a.plan());
        assertThat(row).contains(p.familyName() + ", " + p.givenName() + " · MRN " + p.mrn())
                .contains("Bone marrow concentrate").contains("knee joint")
                .contains("/lab/patients/" + p.id().value() + "/collect?planId=" + a.plan())
                .contains("Start collection");
        assertThat(worklist.waiting(actor(COORDINATOR))).anySatisfy(w -> assertThat(w.planId()).isEqualTo(a.plan()));

        custody.collect(actor(LAB), a.candidate().patient(), new CollectInput(a.plan(), "Procedure room 2", null,
                null, null, null));

        assertThat(row(board(LAB), a.plan())).isEmpty();
        assertThat(worklist.waiting(actor(LAB))).noneSatisfy(w -> assertThat(w.planId()).isEqualTo(a.plan()));
    }

    @Test
    void theWorklistIsSortedByPlannedDate() {
        Approved later = approved(CLINICIAN, LocalDate.now().plusDays(20));
        Approved sooner = approved(CLINICIAN, LocalDate.now().plusDays(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> worklist.waiting(actor(LAB)).stream()
                .filter(w -> w.planId() == later.plan() || w.planId() == sooner.plan()).count() == 2);
        assertThat(worklist.waiting(actor(LAB))).filteredOn(w -> w.planId() == later.plan()
                || w.planId() == sooner.plan()).extracting(AwaitingCollection::planId)
                .containsExactly(sooner.plan(), later.plan());
    }

    @Test
    void aWithdrawnConsentTakesThePlanOffTheWorklist() throws Exception {
        Approved a = approved(CLINICIAN, LocalDate.now().plusDays(4));
        await().atMost(Duration.ofSeconds(10)).until(() -> !row(board(LAB), a.plan()).isEmpty());

        consents.withdraw(actor(COORDINATOR), a.candidate().patient(), a.plan(), 1, "Changed their mind");

        assertThat(row(board(LAB), a.plan())).isEmpty();
    }

    @Test
    void anotherClinicsApprovedPlanNeverShows() throws Exception {
        Approved other = approved(OTHER_CLINICIAN, LocalDate.now().plusDays(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> worklist.waiting(actor(OTHER_CLINICIAN)).stream()
                .anyMatch(w -> w.planId() == other.plan()));
        assertThat(row(board(LAB), other.plan())).isEmpty();
        assertThat(worklist.waiting(actor(LAB))).noneSatisfy(w -> assertThat(w.planId()).isEqualTo(other.plan()));
    }

    @Test
    void otherRolesMayNotReadTheWorklist() {
        assertThatThrownBy(() -> worklist.waiting(actor(ADMIN))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> worklist.waiting(actor(RESEARCHER))).isInstanceOf(AccessDenied.class);
    }
}
