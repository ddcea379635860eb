package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.PlanFixtures.HARVEST_DAY;
import static org.regenpath.planning.PlanFixtures.leftKnee;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;

/** A plan version's fields are validated together, every problem reported under its field. */
class PlanDetailsTests {

    private static final PathwayFacts MARROW = PathwayFacts.of(CellSource.AUTOLOGOUS_BONE_MARROW,
            ProductType.BONE_MARROW_CONCENTRATE, IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL);

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertThatThrownBy(() -> new PlanDetails(0, List.of(), null, " ", null, null, null, "", null, null,
                null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "targetConditionId", "sites", "pathway", "processingMethod", "imageGuidance",
                        "followUpTemplateId", "plannedProcedureDate"));
    }

    @Test
    void anAutologousPlanNeedsAHarvestDateNotBeforeTheInjection() {
        assertThatThrownBy(() -> PlanFixtures.details(MARROW, null, HARVEST_DAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("plannedHarvestDate"));
        assertThatThrownBy(() -> PlanFixtures.details(MARROW, HARVEST_DAY, HARVEST_DAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("plannedProcedureDate", "The injection cannot be planned before the harvest"));
    }

    @Test
    void theSameSurgicalProcedureHappensOnOneDay() {
        assertThatThrownBy(() -> PlanFixtures.details(MARROW.withSameSurgicalProcedure(true), HARVEST_DAY,
                HARVEST_DAY.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("plannedProcedureDate"));
        assertThat(PlanFixtures.details(MARROW.withSameSurgicalProcedure(true), HARVEST_DAY, HARVEST_DAY))
                .isNotNull();
    }

    @Test
    void aSiteIsPlannedOncePerSideWithAPositiveDose() {
        PlannedSite rightKnee = new PlannedSite(new InjectionSite("Knee  joint ", Laterality.RIGHT),
                new BigDecimal("3.5"), 20_000_000L);
        PlanDetails both = new PlanDetails(3, List.of(leftKnee(), rightKnee), MARROW, "SOP", null,
                ImageGuidance.ULTRASOUND, null, "default", HARVEST_DAY, HARVEST_DAY, null);
        assertThat(both.injectionSites()).containsExactlyInAnyOrder(
                new InjectionSite("knee joint", Laterality.LEFT), new InjectionSite("KNEE JOINT", Laterality.RIGHT));
        assertThatThrownBy(() -> new PlanDetails(3, List.of(leftKnee(), leftKnee()), MARROW, "SOP", null,
                ImageGuidance.ULTRASOUND, null, "default", HARVEST_DAY, HARVEST_DAY, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("sites"))
                        .contains("left knee joint is listed twice"));
        assertThatThrownBy(() -> new PlannedSite(new InjectionSite("knee joint", Laterality.LEFT), BigDecimal.ZERO,
                0L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("plannedVolumeMl", "plannedCells"));
    }

    @Test
    void trimsTextAndLimitsItsLength() {
        PlanDetails d = new PlanDetails(3, List.of(leftKnee()), MARROW, "  SOP LAB-004  ", " ",
                ImageGuidance.NONE, "", " default ", HARVEST_DAY, HARVEST_DAY, null);
        assertThat(d.processingMethod()).isEqualTo("SOP LAB-004");
        assertThat(d.processingDevice()).isNull();
        assertThat(d.rehabilitationProtocol()).isNull();
        assertThat(d.followUpTemplateId()).isEqualTo("default");
        assertThatThrownBy(() -> new PlanDetails(3, List.of(leftKnee()), MARROW, "x".repeat(501), null,
                ImageGuidance.NONE, null, "t", HARVEST_DAY, HARVEST_DAY, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("processingMethod", "At most 500 characters"));
    }

    @Test
    void theCostIsTheClinicsPriceInAThreeLetterCurrency() {
        PlanCost cost = new PlanCost(new BigDecimal("4800"), " usd ", " harvest and both injections ");
        assertThat(cost.describe()).isEqualTo("USD 4,800.00 (harvest and both injections)");
        assertThat(new PlanCost(BigDecimal.ZERO, "EUR", null).describe()).isEqualTo("EUR 0.00");
        assertThatThrownBy(() -> new PlanCost(new BigDecimal("-1"), "dollars", "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("amount", "currency", "covers"));
        assertThatThrownBy(() -> new PlanCost(new BigDecimal("10.005"), "USD", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("amount", "At most two decimals"));
    }

    @Test
    void aDonorProductNeedsNoHarvestDate() {
        PathwayFacts donor = PathwayFacts.of(CellSource.ALLOGENEIC_WHARTONS_JELLY,
                ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT, IntendedUse.HOMOLOGOUS);
        assertThat(PlanFixtures.details(donor, null, HARVEST_DAY).plannedHarvestDate()).isNull();
    }

    @Test
    void siteNamesCompareIgnoringCaseAndSpacingButKeepTheirSpelling() {
        InjectionSite disc = new InjectionSite("  L4-L5   disc ", Laterality.MIDLINE);
        assertThat(disc.region()).isEqualTo("L4-L5 disc");
        assertThat(disc.describe()).isEqualTo("midline L4-L5 disc");
        assertThat(disc).isEqualTo(new InjectionSite("l4-l5 DISC", Laterality.MIDLINE)).hasSameHashCodeAs(
                new InjectionSite("l4-l5 DISC", Laterality.MIDLINE));
        assertThat(disc).isNotEqualTo(new InjectionSite("L4-L5 disc", Laterality.LEFT));
    }

    @Test
    void anInjectionSiteNeedsARegion() {
        assertThatThrownBy(() -> new InjectionSite("  ", Laterality.MIDLINE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("region"));
    }
}
