package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.PlanFixtures.CLASSIFIER;
import static org.regenpath.planning.PlanFixtures.DR_LINDQVIST;
import static org.regenpath.planning.PlanFixtures.DR_OKAFOR;
import static org.regenpath.planning.PlanFixtures.MONDAY;
import static org.regenpath.planning.PlanFixtures.consented;
import static org.regenpath.planning.PlanFixtures.PATIENT;
import static org.regenpath.planning.PlanFixtures.culturedCells;
import static org.regenpath.planning.PlanFixtures.indAndIrb;
import static org.regenpath.planning.PlanFixtures.ipscProduct;
import static org.regenpath.planning.PlanFixtures.marrowToLeftKnee;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;

/** Plan versions: drafts change, approved versions never do, and approval checks the regulatory records. */
class TreatmentPlanTests {

    private static TreatmentPlan approvedMarrowPlan() {
        return TreatmentPlan.draft(PATIENT, marrowToLeftKnee(), DR_OKAFOR, MONDAY)
                .approve(CLASSIFIER, RegulatoryRecord.none(), consented(1), DR_LINDQVIST,
                        MONDAY.plusSeconds(60));
    }

    @Test
    void aNewPlanIsDraftVersionOne() {
        TreatmentPlan plan = TreatmentPlan.draft(PATIENT, marrowToLeftKnee(), DR_OKAFOR, MONDAY);
        assertThat(plan.latest().number()).isEqualTo(1);
        assertThat(plan.latest().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.inForce()).isEmpty();
        assertThat(plan.classify(CLASSIFIER).pathway()).isEqualTo(RegulatoryPathway.NOT_AN_HCTP);
    }

    @Test
    void editingADraftReplacesItWithoutANewVersion() {
        TreatmentPlan plan = TreatmentPlan.draft(PATIENT, marrowToLeftKnee(), DR_OKAFOR, MONDAY)
                .edit(culturedCells(), DR_LINDQVIST, MONDAY.plusSeconds(5));
        assertThat(plan.versions()).hasSize(1);
        assertThat(plan.latest().details()).isEqualTo(culturedCells());
        assertThat(plan.latest().editedBy()).isEqualTo(DR_LINDQVIST);
    }

    @Test
    void approvalRecordsWhoWhenThePathwayAndTheRulesVersion() {
        PlanVersion approved = approvedMarrowPlan().inForce().orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approval().approvedBy()).isEqualTo(DR_LINDQVIST);
        assertThat(approved.approval().approvedAt()).isEqualTo(MONDAY.plusSeconds(60));
        assertThat(approved.approval().pathway()).isEqualTo(RegulatoryPathway.NOT_AN_HCTP);
        assertThat(approved.approval().rulesVersion()).isEqualTo(CLASSIFIER.rulesVersion());
    }

    @Test
    void editingAnApprovedPlanStartsANewDraftAndLeavesTheApprovedVersionInForce() {
        TreatmentPlan approved = approvedMarrowPlan();
        TreatmentPlan edited = approved.edit(culturedCells(), DR_OKAFOR, MONDAY.plus(Duration.ofDays(1)));
        assertThat(edited.versions()).hasSize(2);
        assertThat(edited.versions().get(0)).isEqualTo(approved.versions().get(0));
        assertThat(edited.latest().number()).isEqualTo(2);
        assertThat(edited.draft()).isPresent();
        assertThat(edited.inForce().orElseThrow().number()).isEqualTo(1);
        assertThat(approved.versions()).hasSize(1);
    }

    @Test
    void approvingTheNewVersionSupersedesTheOldOneUnchanged() {
        TreatmentPlan plan = approvedMarrowPlan();
        PlanVersion first = plan.inForce().orElseThrow();
        TreatmentPlan second = plan.edit(culturedCells(), DR_OKAFOR, MONDAY.plus(Duration.ofDays(1)))
                .approve(CLASSIFIER, indAndIrb(), consented(2), DR_LINDQVIST, MONDAY.plus(Duration.ofDays(2)));
        assertThat(second.versions()).extracting(PlanVersion::status)
                .containsExactly(PlanStatus.SUPERSEDED, PlanStatus.APPROVED);
        PlanVersion old = second.versions().get(0);
        assertThat(old.details()).isEqualTo(first.details());
        assertThat(old.approval()).isEqualTo(first.approval());
        assertThat(second.inForce().orElseThrow().approval().pathway()).isEqualTo(RegulatoryPathway.BIOLOGIC_351);
    }

    @Test
    void thereIsNothingToApproveWhenTheLatestVersionIsApproved() {
        assertThatThrownBy(() -> approvedMarrowPlan().approve(CLASSIFIER, RegulatoryRecord.none(), consented(1),
                DR_OKAFOR,
                MONDAY.plusSeconds(90)))
                .isInstanceOf(Conflict.class)
                .hasMessage("Version 1 is APPROVED; there is no draft to approve. Edit the plan to start version 2.");
    }

    @Test
    void a351PlanCannotBeApprovedWithoutAnIndNumberAndIrbApproval() {
        TreatmentPlan draft = TreatmentPlan.draft(PATIENT, culturedCells(), DR_OKAFOR, MONDAY);
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, RegulatoryRecord.none(), consented(1), DR_LINDQVIST,
                MONDAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("indNumber", "irbApproval"));
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, new RegulatoryRecord("IND 012345", null, null),
                consented(1),
                DR_LINDQVIST, MONDAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("irbApproval"));
        assertThat(draft.approve(CLASSIFIER, indAndIrb(), consented(1), DR_LINDQVIST, MONDAY).inForce())
                .isPresent();
    }

    @Test
    void aResearchOnlyProductCannotBeApprovedOutsideATrial() {
        TreatmentPlan draft = TreatmentPlan.draft(PATIENT, ipscProduct(), DR_OKAFOR, MONDAY);
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, indAndIrb(), consented(1), DR_LINDQVIST, MONDAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("trialReference");
                    assertThat(e.fieldErrors().get("trialReference")).contains("research-only");
                });
        RegulatoryRecord inTrial = new RegulatoryRecord("IND 012345", indAndIrb().irbApproval(), "NCT00000000");
        assertThat(draft.approve(CLASSIFIER, inTrial, consented(1), DR_LINDQVIST, MONDAY).inForce()).isPresent();
    }

    @Test
    void approvalNeedsAValidConsentToTheDraftAndNamesEverythingMissingAtOnce() {
        TreatmentPlan draft = TreatmentPlan.draft(PATIENT, culturedCells(), DR_OKAFOR, MONDAY);
        ConsentCheck unsigned = new ConsentCheck(1, ConsentStatus.NOT_SIGNED, "Version 1 has no signed consent.",
                null);
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, RegulatoryRecord.none(), unsigned, DR_LINDQVIST,
                MONDAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("consent", "indNumber", "irbApproval");
                    assertThat(e.fieldErrors().get("consent")).isEqualTo("Version 1 has no signed consent.");
                });
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, indAndIrb(), null, DR_LINDQVIST, MONDAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("consent"));
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, indAndIrb(), consented(2), DR_LINDQVIST, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(draft.approve(CLASSIFIER, indAndIrb(), consented(1), DR_LINDQVIST, MONDAY).inForce())
                .isPresent();
    }

    @Test
    void aRefusedApprovalLeavesThePlanAsItWas() {
        TreatmentPlan draft = TreatmentPlan.draft(PATIENT, culturedCells(), DR_OKAFOR, MONDAY);
        List<PlanVersion> before = draft.versions();
        assertThatThrownBy(() -> draft.approve(CLASSIFIER, RegulatoryRecord.none(), consented(1), DR_LINDQVIST,
                MONDAY))
                .isInstanceOf(InvalidInput.class);
        assertThat(draft.versions()).isEqualTo(before);
        assertThat(draft.draft()).isPresent();
    }

    @Test
    void restoreRefusesAHistoryThatBreaksTheVersionRules() {
        TreatmentPlan plan = approvedMarrowPlan().edit(culturedCells(), DR_OKAFOR, MONDAY);
        PlanVersion approved = plan.versions().get(0);
        PlanVersion draft = plan.versions().get(1);
        assertThat(TreatmentPlan.restore(PATIENT, plan.versions(), 4).version()).isEqualTo(4);
        assertThatThrownBy(() -> TreatmentPlan.restore(PATIENT, List.of(draft, approved), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreatmentPlan.restore(PATIENT, List.of(approved, approved), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreatmentPlan.restore(PATIENT, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
