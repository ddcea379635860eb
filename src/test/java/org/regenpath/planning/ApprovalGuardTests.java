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
        return CLASSIFIER.classify(PathwayFacts.of(source, type, IntendedUse.HOMOLOGOUS)
                .withManipulation(Manipulation.MINIMAL));
    }

    @Test
    void theExceptionAndA361ProductNeedNoRecords() {
        RegulatoryClassification hctp = classify(CellSource.AUTOLOGOUS_BONE_MARROW,
                ProductType.BONE_MARROW_CONCENTRATE);
        assertThat(hctp.pathway()).isEqualTo(RegulatoryPathway.HCTP_361);
        assertThat(ApprovalGuard.missing(hctp, RegulatoryRecord.none())).isEmpty();
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
