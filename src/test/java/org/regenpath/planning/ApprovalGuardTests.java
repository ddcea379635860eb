package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.PlanFixtures.CLASSIFIER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/** What each pathway needs on record before approval. */
class ApprovalGuardTests {

    private static RegulatoryClassification classify(CellSource source, ProductType type) {
        return CLASSIFIER.classify(PathwayFacts.of(source, type, IntendedUse.HOMOLOGOUS));
    }

    @Test
    void aProductOutsideTheHctpDefinitionAndTheExceptionNeedNoRecords() {
        RegulatoryClassification marrow = CLASSIFIER.classify(PlanFixtures.marrowToLeftKnee().pathway());
        assertThat(marrow.pathway()).isEqualTo(RegulatoryPathway.NOT_AN_HCTP);
        assertThat(ApprovalGuard.missing(marrow, RegulatoryRecord.none())).isEmpty();
        RegulatoryClassification ssp = CLASSIFIER.classify(PlanFixtures.marrowToLeftAchilles().pathway());
        assertThat(ssp.pathway()).isEqualTo(RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION);
        assertThat(ApprovalGuard.missing(ssp, RegulatoryRecord.none())).isEmpty();
        RegulatoryClassification prp = CLASSIFIER.classify(PlanFixtures.prpToLeftKnee().pathway());
        assertThat(ApprovalGuard.missing(prp, RegulatoryRecord.none())).isEmpty();
    }

    @Test
    void a361ProductNeedsTheEstablishmentRegistrationAndForADonorTheDonorEligibility() {
        RegulatoryClassification amnion = CLASSIFIER.classify(PlanFixtures.amnioticMembraneOnWound().pathway());
        assertThat(amnion.pathway()).isEqualTo(RegulatoryPathway.HCTP_361);
        assertThat(ApprovalGuard.missing(amnion, RegulatoryRecord.none()))
                .containsOnlyKeys("establishmentRegistration", "donorEligibility")
                .hasEntrySatisfying("establishmentRegistration", m -> assertThat(m).contains("1271.10(b)")
                        .contains("1271.15(c)"))
                .hasEntrySatisfying("donorEligibility", m -> assertThat(m).contains("1271.45"));
        assertThatThrownBy(() -> ApprovalGuard.check(amnion, new RegulatoryRecord(null, null, null, "FEI 3001234567",
                null), PlanFixtures.consented(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("donorEligibility"));
        assertThat(ApprovalGuard.missing(amnion, new RegulatoryRecord(null, null, null, "FEI 3001234567",
                "DE-2026-0042"))).isEmpty();

        RegulatoryClassification fat = CLASSIFIER.classify(PathwayFacts.of(CellSource.AUTOLOGOUS_ADIPOSE,
                ProductType.MICROFRAGMENTED_ADIPOSE, IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL));
        assertThat(fat.pathway()).isEqualTo(RegulatoryPathway.HCTP_361);
        assertThat(ApprovalGuard.missing(fat, RegulatoryRecord.none())).containsOnlyKeys("establishmentRegistration");
    }

    @Test
    void a351ProductNeedsBothTheIndNumberAndTheIrbApproval() {
        RegulatoryClassification svf = classify(CellSource.AUTOLOGOUS_ADIPOSE, ProductType.ADIPOSE_SVF_ENZYMATIC);
        assertThat(ApprovalGuard.missing(svf, RegulatoryRecord.none())).containsOnlyKeys("indNumber", "irbApproval");
        assertThat(ApprovalGuard.missing(svf, PlanFixtures.indAndIrb())).isEmpty();
    }

    @Test
    void aResearchOnlyProductNeedsATrialAsWellAsTheIndAndIrb() {
        RegulatoryClassification esc = classify(CellSource.OTHER, ProductType.EMBRYONIC_STEM_CELL_DERIVED);
        assertThat(ApprovalGuard.missing(esc, RegulatoryRecord.none()))
                .containsOnlyKeys("indNumber", "irbApproval", "trialReference");
        assertThatThrownBy(() -> ApprovalGuard.check(esc, PlanFixtures.indAndIrb(), PlanFixtures.consented(1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Embryonic stem cell-derived product (research only) is research-only");
    }

    @Test
    void blankRecordsCountAsMissingAndOverlongOnesAreRefused() {
        assertThat(new RegulatoryRecord("  ", null, "").ind()).isEmpty();
        assertThatThrownBy(() -> new RegulatoryRecord("9".repeat(65), null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("indNumber"));
        assertThatThrownBy(() -> new IrbApproval(" ", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("irbBoard", "irbReference", "irbApprovedOn"));
        assertThat(new IrbApproval(" Example IRB ", " 118 ", LocalDate.of(2026, 1, 5)).board())
                .isEqualTo("Example IRB");
    }
}
