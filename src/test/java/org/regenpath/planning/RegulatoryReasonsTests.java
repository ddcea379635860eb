package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.RegulatoryPathway.BIOLOGIC_351;
import static org.regenpath.planning.RegulatoryPathway.HCTP_361;
import static org.regenpath.planning.RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION;
import static org.regenpath.shared.CellSource.ALLOGENEIC_UMBILICAL_CORD;
import static org.regenpath.shared.CellSource.AUTOLOGOUS_ADIPOSE;
import static org.regenpath.shared.CellSource.AUTOLOGOUS_BONE_MARROW;
import static org.regenpath.shared.ProductType.ADIPOSE_SVF_ENZYMATIC;
import static org.regenpath.shared.ProductType.BONE_MARROW_CONCENTRATE;
import static org.regenpath.shared.ProductType.MICROFRAGMENTED_ADIPOSE;
import static org.regenpath.shared.ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT;

import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/** Which rules decide each class, what they cite, and where the product type overrides the clinician. */
class RegulatoryReasonsTests {

    private static final RegulatoryClassifier CLASSIFIER = RegulatoryClassifierTests.CLASSIFIER;

    private static PathwayFacts marrowConcentrate() {
        return PathwayFacts.of(AUTOLOGOUS_BONE_MARROW, BONE_MARROW_CONCENTRATE, IntendedUse.HOMOLOGOUS)
                .withManipulation(Manipulation.MINIMAL);
    }

    @Test
    void theExceptionIsExplainedByItsOwnThreeConditionsOnly() {
        RegulatoryClassification c = CLASSIFIER.classify(
                marrowConcentrate().withSameSurgicalProcedure(true).withRemainsSuchHctp(true));
        assertThat(c.pathway()).isEqualTo(SAME_SURGICAL_PROCEDURE_EXCEPTION);
        assertThat(c.reasonIds()).containsExactly("SSP-1", "SSP-2", "SSP-3");
        assertThat(c.reasons()).allSatisfy(r -> assertThat(r.met()).isTrue());
        assertThat(c.reasons().get(0).citation().describe()).contains("21 CFR 1271.15", "1271.15(b)");
        assertThat(c.conclusion()).isNull();
    }

    @Test
    void theExceptionDoesNotDependOnTheFourCriteriaOf1271Point10() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate().withUse(IntendedUse.NON_HOMOLOGOUS)
                .withCombinedWithAnotherArticle(true).withSameSurgicalProcedure(true).withRemainsSuchHctp(true));
        assertThat(c.pathway()).isEqualTo(SAME_SURGICAL_PROCEDURE_EXCEPTION);
        assertThat(c.outcomes()).extracting(RuleOutcome::ruleId).contains("HCTP361-2", "HCTP361-3");
    }

    @Test
    void a361ProductIsExplainedByWhyTheExceptionFailsAndTheCriteriaItMeets() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate());
        assertThat(c.pathway()).isEqualTo(HCTP_361);
        assertThat(c.reasonIds()).containsExactly("SSP-1", "SSP-3", "HCTP361-1", "HCTP361-2", "HCTP361-3",
                "HCTP361-4");
        assertThat(c.reasons().get(0).finding()).contains("not planned in the same surgical procedure");
        assertThat(c.reasons()).filteredOn(r -> r.pathway() == HCTP_361).allSatisfy(r -> {
            assertThat(r.met()).isTrue();
            assertThat(r.citation().document()).startsWith("21 CFR 1271.10");
        });
    }

    @Test
    void a351ProductListsEveryUnmetConditionAndTheConclusion() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate().withUse(IntendedUse.NON_HOMOLOGOUS)
                .withCombinedWithAnotherArticle(true));
        assertThat(c.pathway()).isEqualTo(BIOLOGIC_351);
        assertThat(c.pathway().needsIndOrBla()).isTrue();
        assertThat(c.reasonIds()).containsExactly("SSP-1", "SSP-3", "HCTP361-2", "HCTP361-3");
        assertThat(c.conclusion().text()).contains("IND", "BLA");
        assertThat(c.conclusion().citation().passage()).isEqualTo("1271.20");
    }

    @Test
    void enzymaticSvfIsMoreThanMinimallyManipulatedWhateverTheClinicianDeclares() {
        RegulatoryClassification c = CLASSIFIER.classify(PathwayFacts.of(AUTOLOGOUS_ADIPOSE, ADIPOSE_SVF_ENZYMATIC,
                        IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL).withSameSurgicalProcedure(true)
                .withRemainsSuchHctp(true));
        assertThat(c.pathway()).isEqualTo(BIOLOGIC_351);
        assertThat(c.manipulation()).isEqualTo(Manipulation.MORE_THAN_MINIMAL);
        assertThat(c.manipulationBasis().citation().passage()).contains("Example 14-1");
        assertThat(c.manipulationBasis().citation().verified()).isFalse();
        assertThat(c.reasonIds()).containsExactly("SSP-3", "HCTP361-1");
        assertThat(c.reasons().get(1).finding()).contains("implied by the product type");
    }

    @Test
    void microfragmentedAdiposeNotAttestedAsSuchHctpFallsOutOfTheException() {
        RegulatoryClassification c = CLASSIFIER.classify(PathwayFacts.of(AUTOLOGOUS_ADIPOSE,
                MICROFRAGMENTED_ADIPOSE, IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL)
                .withSameSurgicalProcedure(true));
        assertThat(c.pathway()).isEqualTo(HCTP_361);
        assertThat(c.reasonIds()).startsWith("SSP-3");
        assertThat(c.profile().notes()).isNotEmpty();
    }

    @Test
    void aDonorProductIs361OnlyWithoutLivingCellFunctionOrFromABloodRelative() {
        PathwayFacts donor = PathwayFacts.of(ALLOGENEIC_UMBILICAL_CORD, UMBILICAL_WHARTONS_JELLY_PRODUCT,
                IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL);
        assertThat(CLASSIFIER.classify(donor).pathway()).isEqualTo(BIOLOGIC_351);
        assertThat(CLASSIFIER.classify(donor).reasonIds()).containsExactly("SSP-1", "SSP-2", "SSP-3", "HCTP361-4");
        assertThat(CLASSIFIER.classify(donor.withSystemicOrLivingCellFunction(false)).pathway()).isEqualTo(HCTP_361);
        assertThat(CLASSIFIER.classify(donor.withBloodRelativeDonor(true)).pathway()).isEqualTo(HCTP_361);
    }

    @Test
    void aConcentrateNeedsTheClinicianToDeclareItsManipulation() {
        PathwayFacts undeclared = PathwayFacts.of(AUTOLOGOUS_BONE_MARROW, BONE_MARROW_CONCENTRATE,
                IntendedUse.HOMOLOGOUS);
        assertThatThrownBy(() -> CLASSIFIER.classify(undeclared))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("manipulation"));
    }

    @Test
    void everyOutcomeCitesADocumentAndPassage() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate());
        assertThat(c.outcomes()).hasSize(7).allSatisfy(o -> {
            assertThat(o.citation().document()).isNotBlank();
            assertThat(o.citation().passage()).isNotBlank();
            assertThat(o.text()).isNotBlank();
            assertThat(o.finding()).isNotBlank();
        });
        assertThat(c.outcomes()).extracting(RuleOutcome::ruleId).doesNotHaveDuplicates();
    }

    @Test
    void factsRequireSourceTypeAndUse() {
        assertThatThrownBy(() -> PathwayFacts.of(null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("cellSource", "productType", "use"));
    }
}
