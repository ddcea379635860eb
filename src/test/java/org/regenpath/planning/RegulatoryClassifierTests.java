package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.RegulatoryPathway.BIOLOGIC_351;
import static org.regenpath.planning.RegulatoryPathway.HCTP_361;
import static org.regenpath.planning.RegulatoryPathway.SAME_SURGICAL_PROCEDURE_EXCEPTION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * The regulatory classification of every cell source x product type combination, with the shipped rule data.
 * Each row gives the class when harvest and injection are in the same surgical procedure and when they are not,
 * with every other answer the most favourable one (minimal manipulation where the product type leaves it open,
 * homologous use, processing limited to rinsing, cleansing, sizing and shaping, nothing combined, living-cell
 * function, unrelated donor). "unsupported" means the product type is not made from that source.
 */
class RegulatoryClassifierTests {

    static final RegulatoryClassifier CLASSIFIER = RegulatoryClassifier.fromClasspath();

    private static final String TABLE = """
            AUTOLOGOUS_BONE_MARROW    BONE_MARROW_CONCENTRATE          SSP          361          -
            AUTOLOGOUS_BONE_MARROW    ADIPOSE_SVF_ENZYMATIC            unsupported  unsupported  -
            AUTOLOGOUS_BONE_MARROW    MICROFRAGMENTED_ADIPOSE          unsupported  unsupported  -
            AUTOLOGOUS_BONE_MARROW    CULTURE_EXPANDED_MSC             351          351          -
            AUTOLOGOUS_BONE_MARROW    UMBILICAL_WHARTONS_JELLY_PRODUCT unsupported  unsupported  -
            AUTOLOGOUS_BONE_MARROW    EMBRYONIC_STEM_CELL_DERIVED      unsupported  unsupported  -
            AUTOLOGOUS_BONE_MARROW    IPSC_DERIVED                     351          351          trial
            AUTOLOGOUS_ADIPOSE        BONE_MARROW_CONCENTRATE          unsupported  unsupported  -
            AUTOLOGOUS_ADIPOSE        ADIPOSE_SVF_ENZYMATIC            351          351          -
            AUTOLOGOUS_ADIPOSE        MICROFRAGMENTED_ADIPOSE          SSP          361          -
            AUTOLOGOUS_ADIPOSE        CULTURE_EXPANDED_MSC             351          351          -
            AUTOLOGOUS_ADIPOSE        UMBILICAL_WHARTONS_JELLY_PRODUCT unsupported  unsupported  -
            AUTOLOGOUS_ADIPOSE        EMBRYONIC_STEM_CELL_DERIVED      unsupported  unsupported  -
            AUTOLOGOUS_ADIPOSE        IPSC_DERIVED                     351          351          trial
            ALLOGENEIC_UMBILICAL_CORD BONE_MARROW_CONCENTRATE          unsupported  unsupported  -
            ALLOGENEIC_UMBILICAL_CORD ADIPOSE_SVF_ENZYMATIC            unsupported  unsupported  -
            ALLOGENEIC_UMBILICAL_CORD MICROFRAGMENTED_ADIPOSE          unsupported  unsupported  -
            ALLOGENEIC_UMBILICAL_CORD CULTURE_EXPANDED_MSC             351          351          -
            ALLOGENEIC_UMBILICAL_CORD UMBILICAL_WHARTONS_JELLY_PRODUCT 351          351          -
            ALLOGENEIC_UMBILICAL_CORD EMBRYONIC_STEM_CELL_DERIVED      unsupported  unsupported  -
            ALLOGENEIC_UMBILICAL_CORD IPSC_DERIVED                     351          351          trial
            ALLOGENEIC_WHARTONS_JELLY BONE_MARROW_CONCENTRATE          unsupported  unsupported  -
            ALLOGENEIC_WHARTONS_JELLY ADIPOSE_SVF_ENZYMATIC            unsupported  unsupported  -
            ALLOGENEIC_WHARTONS_JELLY MICROFRAGMENTED_ADIPOSE          unsupported  unsupported  -
            ALLOGENEIC_WHARTONS_JELLY CULTURE_EXPANDED_MSC             351          351          -
            ALLOGENEIC_WHARTONS_JELLY UMBILICAL_WHARTONS_JELLY_PRODUCT 351          351          -
            ALLOGENEIC_WHARTONS_JELLY EMBRYONIC_STEM_CELL_DERIVED      unsupported  unsupported  -
            ALLOGENEIC_WHARTONS_JELLY IPSC_DERIVED                     351          351          trial
            ALLOGENEIC_PLACENTAL      BONE_MARROW_CONCENTRATE          unsupported  unsupported  -
            ALLOGENEIC_PLACENTAL      ADIPOSE_SVF_ENZYMATIC            unsupported  unsupported  -
            ALLOGENEIC_PLACENTAL      MICROFRAGMENTED_ADIPOSE          unsupported  unsupported  -
            ALLOGENEIC_PLACENTAL      CULTURE_EXPANDED_MSC             351          351          -
            ALLOGENEIC_PLACENTAL      UMBILICAL_WHARTONS_JELLY_PRODUCT unsupported  unsupported  -
            ALLOGENEIC_PLACENTAL      EMBRYONIC_STEM_CELL_DERIVED      unsupported  unsupported  -
            ALLOGENEIC_PLACENTAL      IPSC_DERIVED                     351          351          trial
            OTHER                     BONE_MARROW_CONCENTRATE          unsupported  unsupported  -
            OTHER                     ADIPOSE_SVF_ENZYMATIC            unsupported  unsupported  -
            OTHER                     MICROFRAGMENTED_ADIPOSE          unsupported  unsupported  -
            OTHER                     CULTURE_EXPANDED_MSC             351          351          -
            OTHER                     UMBILICAL_WHARTONS_JELLY_PRODUCT unsupported  unsupported  -
            OTHER                     EMBRYONIC_STEM_CELL_DERIVED      351          351          trial
            OTHER                     IPSC_DERIVED                     351          351          trial
            """;

    record Row(CellSource source, ProductType type, String sameProcedure, String separateProcedure, boolean trial) {

        @Override
        public String toString() {
            return source + " x " + type;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] c = l.split("\\s+");
            rows.add(new Row(CellSource.valueOf(c[0]), ProductType.valueOf(c[1]), c[2], c[3], "trial".equals(c[4])));
        });
        return rows;
    }

    static Stream<Arguments> table() {
        return rows().stream().map(Arguments::of);
    }

    static PathwayFacts favourable(CellSource source, ProductType type, boolean sameProcedure) {
        return PathwayFacts.of(source, type, IntendedUse.HOMOLOGOUS)
                .withManipulation(Manipulation.MINIMAL)
                .withSameSurgicalProcedure(sameProcedure)
                .withRemainsSuchHctp(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void classifiesEverySourceAndProductTypeCombination(Row row) {
        assertClass(favourable(row.source(), row.type(), true), row.sameProcedure(), row.trial());
        assertClass(favourable(row.source(), row.type(), false), row.separateProcedure(), row.trial());
    }

    private static void assertClass(PathwayFacts facts, String expected, boolean trial) {
        if ("unsupported".equals(expected)) {
            assertThatThrownBy(() -> CLASSIFIER.classify(facts))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("cellSource");
                        assertThat(e.fieldErrors().get("cellSource"))
                                .startsWith(facts.productType().label() + " is not made from this source. Choose: ");
                    });
            return;
        }
        RegulatoryClassification c = CLASSIFIER.classify(facts);
        assertThat(c.pathway()).isEqualTo(switch (expected) {
            case "SSP" -> SAME_SURGICAL_PROCEDURE_EXCEPTION;
            case "361" -> HCTP_361;
            case "351" -> BIOLOGIC_351;
            default -> throw new IllegalArgumentException(expected);
        });
        assertThat(c.requiresTrial()).isEqualTo(trial);
        assertThat(c.reasons()).isNotEmpty();
    }

    @Test
    void theTableCoversEverySourceAndProductTypeExactlyOnce() {
        Set<String> combinations = rows().stream().map(Row::toString).collect(Collectors.toSet());
        assertThat(rows()).hasSize(CellSource.values().length * ProductType.values().length);
        assertThat(combinations).hasSize(rows().size());
        for (CellSource s : CellSource.values()) {
            for (ProductType t : ProductType.values()) {
                assertThat(combinations).contains(s + " x " + t);
            }
        }
    }

    @Test
    void theTableAgreesWithTheSourcesTheRuleDataAllows() {
        for (Row row : rows()) {
            assertThat(CLASSIFIER.profile(row.type()).supports(row.source()))
                    .as(row.toString())
                    .isEqualTo(!"unsupported".equals(row.sameProcedure()));
        }
    }

    @Test
    void researchOnlyProductsAreExactlyTheEmbryonicAndInducedPluripotentOnes() {
        Set<ProductType> researchOnly = EnumSet.noneOf(ProductType.class);
        for (ProductType t : ProductType.values()) {
            if (CLASSIFIER.profile(t).requiresTrial()) {
                researchOnly.add(t);
            }
        }
        assertThat(researchOnly).containsExactlyInAnyOrder(
                ProductType.EMBRYONIC_STEM_CELL_DERIVED, ProductType.IPSC_DERIVED);
    }
}
