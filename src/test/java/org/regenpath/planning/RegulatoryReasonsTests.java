package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.RegulatoryPathway.BIOLOGIC_351;
import static org.regenpath.planning.RegulatoryPathway.HCTP_361;
import static org.regenpath.planning.RegulatoryPathway.NOT_AN_HCTP;
import static org.regenpath.planning.RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION;
import static org.regenpath.shared.CellSource.ALLOGENEIC_AMNIOTIC_FLUID;
import static org.regenpath.shared.CellSource.ALLOGENEIC_PLACENTAL;
import static org.regenpath.shared.CellSource.ALLOGENEIC_UMBILICAL_CORD;
import static org.regenpath.shared.CellSource.ALLOGENEIC_WHARTONS_JELLY;
import static org.regenpath.shared.CellSource.AUTOLOGOUS_ADIPOSE;
import static org.regenpath.shared.CellSource.AUTOLOGOUS_BONE_MARROW;
import static org.regenpath.shared.CellSource.AUTOLOGOUS_PERIPHERAL_BLOOD;
import static org.regenpath.shared.ProductType.ADIPOSE_SVF_ENZYMATIC;
import static org.regenpath.shared.ProductType.AMNIOTIC_FLUID_ACELLULAR;
import static org.regenpath.shared.ProductType.AMNIOTIC_FLUID_CELLULAR;
import static org.regenpath.shared.ProductType.AMNIOTIC_MEMBRANE;
import static org.regenpath.shared.ProductType.BONE_MARROW_CONCENTRATE;
import static org.regenpath.shared.ProductType.MICROFRAGMENTED_ADIPOSE;
import static org.regenpath.shared.ProductType.PLATELET_RICH_PLASMA;
import static org.regenpath.shared.ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/**
 * Which rules decide each class, what they cite, where the product type and site override the clinician, what
 * is shown as uncertain, and which contradictory answers are refused.
 */
class RegulatoryReasonsTests {

    private static final RegulatoryClassifier CLASSIFIER = RegulatoryClassifierTests.CLASSIFIER;

    private static PathwayFacts marrowConcentrate(String site) {
        return PathwayFacts.of(AUTOLOGOUS_BONE_MARROW, BONE_MARROW_CONCENTRATE, null)
                .withManipulation(Manipulation.MINIMAL).withSiteRegions(List.of(site));
    }

    @Test
    void sameDayMarrowIntoATendonIsTheExceptionExplainedByItsOwnConditionsAndWhy1271Point3DoesNotApply() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate("Achilles tendon")
                .withSameSurgicalProcedure(true).withRemainsSuchHctp(true));
        assertThat(c.pathway()).isEqualTo(SAME_SURGICAL_PROCEDURE_EXCEPTION);
        assertThat(c.reasonIds()).containsExactly("NAH-3", "SSP-1", "SSP-2", "SSP-3");
        assertThat(c.use()).isEqualTo(IntendedUse.NON_HOMOLOGOUS);
        assertThat(c.reasons().get(0).finding()).contains("derived from product type and site")
                .contains("forming blood cells");
        assertThat(c.reasons().get(1).citation().describe()).contains("21 CFR 1271.15", "1271.15(b)");
        assertThat(c.conclusion()).isNull();
        assertThat(c.notes()).anySatisfy(n -> assertThat(n.text()).contains("1271.3(d)(4)"));
    }

    @Test
    void marrowIntoAnArthriticJointDeclaredHomologousIsNotAnHctpWithTheOpenQuestionShown() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate("knee joint")
                .withUse(IntendedUse.HOMOLOGOUS));
        assertThat(c.pathway()).isEqualTo(NOT_AN_HCTP);
        assertThat(c.reasonIds()).containsExactly("NAH-1", "NAH-2", "NAH-3", "NAH-4");
        assertThat(c.conclusion().citation().passage()).isEqualTo("1271.3(d)(4)");
        assertThat(c.conclusion().text()).contains("never a \"361 HCT/P\"");
        assertThat(c.openQuestions()).singleElement().satisfies(q -> assertThat(q.text())
                .contains("genuinely open"));
        assertThat(c.reviewNotice()).startsWith("This classification has not been reviewed by a regulatory adviser")
                .contains("not checked against the regulation or guidance text");
        assertThat(c.unverified()).isNotEmpty();
    }

    @Test
    void marrowIsNeverA361HctP() {
        for (String site : List.of("knee joint", "Achilles tendon", "L4-L5 disc", "skin wound")) {
            for (IntendedUse use : new IntendedUse[] {null, IntendedUse.HOMOLOGOUS, IntendedUse.NON_HOMOLOGOUS}) {
                for (Manipulation m : Manipulation.values()) {
                    PathwayFacts f = marrowConcentrate(site).withUse(use).withManipulation(m)
                            .withHomologousUseJustification("test justification");
                    try {
                        assertThat(CLASSIFIER.classify(f).pathway()).as(f.toString()).isNotEqualTo(HCTP_361);
                    } catch (InvalidInput refused) {
                        assertThat(refused.fieldErrors()).as(f.toString()).containsKey("use");
                    }
                }
            }
        }
    }

    @Test
    void aUseThatDepartsFromFdasPositionNeedsAWrittenJustificationWhichIsShown() {
        PathwayFacts homologous = marrowConcentrate("L4-L5 disc").withUse(IntendedUse.HOMOLOGOUS);
        assertThatThrownBy(() -> CLASSIFIER.classify(homologous))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("homologousUseJustification");
                    assertThat(e.fieldErrors().get("homologousUseJustification"))
                            .contains("FDA's position is that this is non-homologous use")
                            .contains("write why in the justification");
                });
        RegulatoryClassification c = CLASSIFIER.classify(homologous
                .withHomologousUseJustification("Adviser's opinion of 2026-11-30 on file."));
        assertThat(c.pathway()).isEqualTo(NOT_AN_HCTP);
        assertThat(c.openQuestions()).anySatisfy(q -> assertThat(q.text())
                .contains("departing from FDA's position").contains("Adviser's opinion of 2026-11-30 on file."));
        assertThat(c.reasons()).anySatisfy(r -> assertThat(r.finding()).contains("The clinician's justification"));
    }

    @Test
    void donorCordWhartonsJellyAndAmnioticProductsIntoAJointAre351EvenWithoutLivingCellFunction() {
        for (PathwayFacts f : List.of(
                PathwayFacts.of(ALLOGENEIC_UMBILICAL_CORD, UMBILICAL_WHARTONS_JELLY_PRODUCT, null),
                PathwayFacts.of(ALLOGENEIC_WHARTONS_JELLY, UMBILICAL_WHARTONS_JELLY_PRODUCT, null),
                PathwayFacts.of(ALLOGENEIC_PLACENTAL, AMNIOTIC_MEMBRANE, null),
                PathwayFacts.of(ALLOGENEIC_AMNIOTIC_FLUID, AMNIOTIC_FLUID_CELLULAR, null))) {
            RegulatoryClassification c = CLASSIFIER.classify(f.withManipulation(Manipulation.MINIMAL)
                    .withSystemicOrLivingCellFunction(false).withSiteRegions(List.of("knee joint")));
            assertThat(c.pathway()).as(f.productType().name()).isEqualTo(BIOLOGIC_351);
            assertThat(c.reasonIds()).contains("HCTP361-2");
            assertThat(c.useBasis().citation().document()).startsWith("FDA, ");
            assertThat(c.conclusion().text()).contains("IND", "IDE", "BLA", "510(k)", "PMA");
            assertThat(c.conclusion().citation().passage()).isEqualTo("1271.20");
        }
    }

    @Test
    void prpIsABloodComponentAndAcellularAmnioticFluidIsNotAnHctpButADrug() {
        RegulatoryClassification prp = CLASSIFIER.classify(PathwayFacts.of(AUTOLOGOUS_PERIPHERAL_BLOOD,
                PLATELET_RICH_PLASMA, null).withSiteRegions(List.of("knee joint")));
        assertThat(prp.pathway()).isEqualTo(NOT_AN_HCTP);
        assertThat(prp.conclusion().citation().passage()).isEqualTo("1271.3(d)(2)");
        assertThat(prp.manipulation()).isNull();

        RegulatoryClassification fluid = CLASSIFIER.classify(PathwayFacts.of(ALLOGENEIC_AMNIOTIC_FLUID,
                AMNIOTIC_FLUID_ACELLULAR, IntendedUse.HOMOLOGOUS));
        assertThat(fluid.pathway()).isEqualTo(BIOLOGIC_351);
        assertThat(fluid.reasons()).singleElement().satisfies(r -> assertThat(r.finding())
                .contains("is not an HCT/P").contains("drugs and/or biological products"));
    }

    @Test
    void enzymaticSvfIsMoreThanMinimallyManipulatedAndADeclarationOtherwiseIsRefused() {
        PathwayFacts svf = PathwayFacts.of(AUTOLOGOUS_ADIPOSE, ADIPOSE_SVF_ENZYMATIC, IntendedUse.HOMOLOGOUS)
                .withSameSurgicalProcedure(true);
        RegulatoryClassification c = CLASSIFIER.classify(svf);
        assertThat(c.pathway()).isEqualTo(BIOLOGIC_351);
        assertThat(c.manipulation()).isEqualTo(Manipulation.MORE_THAN_MINIMAL);
        assertThat(c.manipulationBasis().citation().passage()).contains("Example 14-1");
        assertThat(c.manipulationBasis().citation().verified()).isFalse();
        assertThat(c.reasonIds()).containsExactly("SSP-3", "HCTP361-1");
        assertThat(c.reasons().get(1).finding()).contains("implied by the product type");
        assertThatThrownBy(() -> CLASSIFIER.classify(svf.withManipulation(Manipulation.MINIMAL)
                .withRemainsSuchHctp(true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("manipulation", "remainsSuchHctp");
                    assertThat(e.fieldErrors().get("manipulation")).contains("leave the manipulation to the"
                            + " product type");
                    assertThat(e.fieldErrors().get("remainsSuchHctp")).contains("untick the attestation");
                });
    }

    @Test
    void moreThanMinimalManipulationAttestedAsOnlyRinsedOrCentrifugedIsRefusedNamingBothFields() {
        PathwayFacts contradictory = PathwayFacts.of(AUTOLOGOUS_ADIPOSE, MICROFRAGMENTED_ADIPOSE,
                IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MORE_THAN_MINIMAL)
                .withSameSurgicalProcedure(true).withRemainsSuchHctp(true);
        assertThatThrownBy(() -> CLASSIFIER.classify(contradictory))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("manipulation", "remainsSuchHctp");
                    assertThat(e.fieldErrors().get("remainsSuchHctp")).contains("More than minimal manipulation"
                            + " contradicts the attestation");
                });
        assertThatThrownBy(() -> CLASSIFIER.classify(contradictory.withManipulation(Manipulation.MINIMAL)
                .withBloodRelativeDonor(true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("bloodRelativeDonor"));
    }

    @Test
    void microfragmentedAdiposeIsAnOpenQuestionAtOrthopaedicSites() {
        RegulatoryClassification c = CLASSIFIER.classify(PathwayFacts.of(AUTOLOGOUS_ADIPOSE,
                MICROFRAGMENTED_ADIPOSE, IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL)
                .withSiteRegions(List.of("knee joint")));
        assertThat(c.pathway()).isEqualTo(HCTP_361);
        assertThat(c.openQuestions()).singleElement().satisfies(q -> assertThat(q.text())
                .contains("micro-fragmented fat"));
        assertThatThrownBy(() -> CLASSIFIER.classify(PathwayFacts.of(AUTOLOGOUS_ADIPOSE, MICROFRAGMENTED_ADIPOSE,
                null).withManipulation(Manipulation.MINIMAL).withSiteRegions(List.of("knee joint"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("use"))
                        .contains("not settled"));
    }

    @Test
    void aDonorProductIs361OnlyWithoutLivingCellFunctionOrFromABloodRelative() {
        PathwayFacts donor = PathwayFacts.of(ALLOGENEIC_PLACENTAL, AMNIOTIC_MEMBRANE, IntendedUse.HOMOLOGOUS)
                .withManipulation(Manipulation.MINIMAL).withSiteRegions(List.of("skin wound"));
        assertThat(CLASSIFIER.classify(donor).pathway()).isEqualTo(BIOLOGIC_351);
        assertThat(CLASSIFIER.classify(donor).reasonIds()).containsExactly("SSP-1", "SSP-2", "SSP-3", "HCTP361-4");
        assertThat(CLASSIFIER.classify(donor.withSystemicOrLivingCellFunction(false)).pathway()).isEqualTo(HCTP_361);
        assertThat(CLASSIFIER.classify(donor.withBloodRelativeDonor(true)).pathway()).isEqualTo(HCTP_361);
    }

    @Test
    void everyOutcomeCitesADocumentAndPassage() {
        RegulatoryClassification c = CLASSIFIER.classify(marrowConcentrate("knee joint")
                .withUse(IntendedUse.HOMOLOGOUS));
        assertThat(c.outcomes()).hasSize(11).allSatisfy(o -> {
            assertThat(o.citation().document()).isNotBlank();
            assertThat(o.citation().passage()).isNotBlank();
            assertThat(o.text()).isNotBlank();
            assertThat(o.finding()).isNotBlank();
        });
        assertThat(c.outcomes()).extracting(RuleOutcome::ruleId).doesNotHaveDuplicates();
    }

    @Test
    void factsRequireSourceAndType() {
        assertThatThrownBy(() -> PathwayFacts.of(null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("cellSource", "productType"));
    }
}
