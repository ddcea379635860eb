package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * The regulatory classification of every product type x cell source x site x manipulation x use declaration x
 * same-procedure attestation x living-cell function, with the shipped rule data. The table below gives the
 * expected answer and the passage it must cite; the first row that matches a combination applies, and every
 * combination must match a row. A cell may list several values (comma-separated) or {@code *} for any.
 *
 * <p>Columns: product type, cell source, site (knee = "knee joint", achilles = "Achilles tendon", disc =
 * "L4-L5 disc", wound = "skin wound", which the rules do not recognise), declared manipulation ({@code -} =
 * none), declared use ({@code -} = none), attestation (NONE = separate procedures; SAME = same procedure;
 * SAME_SUCH = same procedure and processing attested as limited to rinsing, cleansing, sizing, shaping or
 * centrifugation), living-cell function (LIVING or INERT), expected answer, expected citation. Answers:
 * NAH (not an HCT/P), SSP, 361, 351, {@code refused:<fields>} (an input error naming at least those fields) and
 * {@code unsupported} (the product type is not made from that source).
 */
class RegulatoryClassifierTests {

    static final RegulatoryClassifier CLASSIFIER = RegulatoryClassifier.fromClasspath();

    private static final String ALL_ORTHO = "knee,achilles,disc";
    private static final String CULTURED_SOURCES = "ABM,AAD,AUC,AWJ,APL,AAF,OTH";
    private static final String IPSC_SOURCES = "ABM,AAD,APB,AUC,AWJ,APL,OTH";

    private static final String TABLE = """
            PRP   APB  *              *     *    *          *       NAH                            1271.3(d)(2)
            AFA   AAF  *              *     *    *          *       351                            1271.3(d)
            BMAC  ABM  *              -     *    *          *       refused:manipulation           -
            BMAC  ABM  *              MORE  *    SAME_SUCH  *       refused:manipulation,remainsSuchHctp -
            BMAC  ABM  knee,wound     *     -    *          *       refused:use                    -
            BMAC  ABM  achilles,disc  *     HOM  *          *       refused:homologousUseJustification -
            BMAC  ABM  knee,wound     MIN   HOM  *          *       NAH                            1271.3(d)(4)
            BMAC  ABM  *              *     *    SAME_SUCH  *       SSP                            1271.15(b)
            BMAC  ABM  *              *     *    *          *       351                            1271.20
            SVF   AAD  *              MIN   *    *          *       refused:manipulation           -
            SVF   AAD  *              *     *    SAME_SUCH  *       refused:remainsSuchHctp        -
            SVF   AAD  wound          *     -    *          *       refused:use                    -
            SVF   AAD  %1$s           *     HOM  *          *       refused:homologousUseJustification -
            SVF   AAD  *              *     *    *          *       351                            1271.20
            MFAT  AAD  *              -     *    *          *       refused:manipulation           -
            MFAT  AAD  *              MORE  *    SAME_SUCH  *       refused:manipulation,remainsSuchHctp -
            MFAT  AAD  *              *     -    *          *       refused:use                    -
            MFAT  AAD  *              *     *    SAME_SUCH  *       SSP                            1271.15(b)
            MFAT  AAD  *              MIN   HOM  *          *       361                            1271.10(a)
            MFAT  AAD  *              *     *    *          *       351                            1271.20
            MSC   %2$s *              MIN   *    *          *       refused:manipulation           -
            MSC   %2$s *              *     *    SAME_SUCH  *       refused:remainsSuchHctp        -
            MSC   %2$s *              *     -    *          *       refused:use                    -
            MSC   %2$s *              *     *    *          *       351                            1271.20
            IPSC  %3$s *              MIN   *    *          *       refused:manipulation           -
            IPSC  %3$s *              *     *    SAME_SUCH  *       refused:remainsSuchHctp        -
            IPSC  %3$s *              *     -    *          *       refused:use                    -
            IPSC  %3$s *              *     *    *          *       351                            1271.20
            ESC   OTH  *              MIN   *    *          *       refused:manipulation           -
            ESC   OTH  *              *     *    SAME_SUCH  *       refused:remainsSuchHctp        -
            ESC   OTH  *              *     -    *          *       refused:use                    -
            ESC   OTH  *              *     *    *          *       351                            1271.20
            UCWJ  AUC,AWJ  *         -     *    *          *       refused:manipulation           -
            UCWJ  AUC,AWJ  *         MORE  *    SAME_SUCH  *       refused:manipulation,remainsSuchHctp -
            UCWJ  AUC,AWJ  wound     *     -    *          *       refused:use                    -
            UCWJ  AUC,AWJ  %1$s *    HOM  *          *       refused:homologousUseJustification -
            UCWJ  AUC,AWJ  wound     MIN   HOM  *          INERT   361                            1271.10(a)
            UCWJ  AUC,AWJ  *         *     *    *          *       351                            1271.20
            AMN   APL      *         -     *    *          *       refused:manipulation           -
            AMN   APL      *         MORE  *    SAME_SUCH  *       refused:manipulation,remainsSuchHctp -
            AMN   APL      wound     *     -    *          *       refused:use                    -
            AMN   APL      %1$s *    HOM  *          *       refused:homologousUseJustification -
            AMN   APL      wound     MIN   HOM  *          INERT   361                            1271.10(a)
            AMN   APL      *         *     *    *          *       351                            1271.20
            AFC   AAF      *         -     *    *          *       refused:manipulation           -
            AFC   AAF      *         MORE  *    SAME_SUCH  *       refused:manipulation,remainsSuchHctp -
            AFC   AAF      wound     *     -    *          *       refused:use                    -
            AFC   AAF      %1$s *    HOM  *          *       refused:homologousUseJustification -
            AFC   AAF      wound     MIN   HOM  *          INERT   361                            1271.10(a)
            AFC   AAF      *         *     *    *          *       351                            1271.20
            *     *    *              *     *    *          *       unsupported                    -
            """.formatted(ALL_ORTHO, CULTURED_SOURCES, IPSC_SOURCES);

    static final Map<String, ProductType> TYPES = Map.ofEntries(
            Map.entry("BMAC", ProductType.BONE_MARROW_CONCENTRATE),
            Map.entry("SVF", ProductType.ADIPOSE_SVF_ENZYMATIC),
            Map.entry("MFAT", ProductType.MICROFRAGMENTED_ADIPOSE),
            Map.entry("MSC", ProductType.CULTURE_EXPANDED_MSC),
            Map.entry("UCWJ", ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT),
            Map.entry("AMN", ProductType.AMNIOTIC_MEMBRANE),
            Map.entry("AFC", ProductType.AMNIOTIC_FLUID_CELLULAR),
            Map.entry("AFA", ProductType.AMNIOTIC_FLUID_ACELLULAR),
            Map.entry("PRP", ProductType.PLATELET_RICH_PLASMA),
            Map.entry("ESC", ProductType.EMBRYONIC_STEM_CELL_DERIVED),
            Map.entry("IPSC", ProductType.IPSC_DERIVED));

    static final Map<String, CellSource> SOURCES = Map.of(
            "ABM", CellSource.AUTOLOGOUS_BONE_MARROW,
            "AAD", CellSource.AUTOLOGOUS_ADIPOSE,
            "APB", CellSource.AUTOLOGOUS_PERIPHERAL_BLOOD,
            "AUC", CellSource.ALLOGENEIC_UMBILICAL_CORD,
            "AWJ", CellSource.ALLOGENEIC_WHARTONS_JELLY,
            "APL", CellSource.ALLOGENEIC_PLACENTAL,
            "AAF", CellSource.ALLOGENEIC_AMNIOTIC_FLUID,
            "OTH", CellSource.OTHER);

    static final Map<String, String> SITES = Map.of(
            "knee", "knee joint", "achilles", "Achilles tendon", "disc", "L4-L5 disc", "wound", "skin wound");

    static final Map<String, Manipulation> MANIPULATIONS = Map.of("MIN", Manipulation.MINIMAL,
            "MORE", Manipulation.MORE_THAN_MINIMAL);

    static final Map<String, IntendedUse> USES = Map.of("HOM", IntendedUse.HOMOLOGOUS,
            "NON", IntendedUse.NON_HOMOLOGOUS);

    static final List<String> ATTESTATIONS = List.of("NONE", "SAME", "SAME_SUCH");
    static final List<String> FUNCTIONS = List.of("LIVING", "INERT");

    /** One combination of inputs, by the table's abbreviations ({@code -} for not declared). */
    record Case(String type, String source, String site, String manipulation, String use, String attestation,
            String function) {

        List<String> cells() {
            return List.of(type, source, site, manipulation, use, attestation, function);
        }

        PathwayFacts facts() {
            return PathwayFacts.of(SOURCES.get(source), TYPES.get(type), USES.get(use))
                    .withManipulation(MANIPULATIONS.get(manipulation))
                    .withSameSurgicalProcedure(!"NONE".equals(attestation))
                    .withRemainsSuchHctp("SAME_SUCH".equals(attestation))
                    .withSystemicOrLivingCellFunction("LIVING".equals(function))
                    .withSiteRegions(List.of(SITES.get(site)));
        }
    }

    record Row(List<Set<String>> cells, String expected, String citation, int line) {

        boolean matches(Case c) {
            List<String> values = c.cells();
            for (int i = 0; i < values.size(); i++) {
                if (!cells.get(i).contains("*") && !cells.get(i).contains(values.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int n = 0; n < lines.size(); n++) {
            String[] c = lines.get(n).split("\\s+");
            List<Set<String>> cells = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                cells.add(Set.of(c[i].split(",")));
            }
            rows.add(new Row(cells, c[7], c[8], n + 1));
        }
        return rows;
    }

    static List<Case> everyCombination() {
        List<Case> cases = new ArrayList<>();
        List<String> manipulations = List.of("-", "MIN", "MORE");
        List<String> uses = List.of("-", "HOM", "NON");
        for (String t : TYPES.keySet()) {
            for (String s : SOURCES.keySet()) {
                for (String site : SITES.keySet()) {
                    for (String m : manipulations) {
                        for (String u : uses) {
                            for (String a : ATTESTATIONS) {
                                for (String f : FUNCTIONS) {
                                    cases.add(new Case(t, s, site, m, u, a, f));
                                }
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void everyCombinationGetsTheExpectedAnswerWithItsCitation() {
        List<String> wrong = new ArrayList<>();
        List<Row> rows = rows();
        List<Case> cases = everyCombination();
        assertThat(cases).hasSize(TYPES.size() * SOURCES.size() * SITES.size() * 3 * 3 * 3 * 2);
        for (Case c : cases) {
            Row row = rows.stream().filter(r -> r.matches(c)).findFirst().orElseThrow();
            String problem = check(c, row);
            if (problem != null) {
                wrong.add(c + " (table line " + row.line() + "): " + problem);
            }
        }
        assertThat(wrong).as("combinations classified other than the table says").isEmpty();
    }

    private static String check(Case c, Row row) {
        String expected = row.expected();
        RegulatoryClassification result;
        try {
            result = CLASSIFIER.classify(c.facts());
        } catch (InvalidInput e) {
            Set<String> fields = e.fieldErrors().keySet();
            if (expected.equals("unsupported")) {
                return fields.equals(Set.of("cellSource"))
                        && e.fieldErrors().get("cellSource").contains("is not made from this source") ? null
                        : "refused " + e.fieldErrors();
            }
            if (expected.startsWith("refused:")) {
                Set<String> want = Set.of(expected.substring("refused:".length()).split(","));
                boolean named = e.fieldErrors().values().stream().noneMatch(String::isBlank);
                return fields.containsAll(want) && named ? null : "refused on " + fields + ", expected " + want;
            }
            return "refused " + e.fieldErrors() + ", expected " + expected;
        }
        String got = switch (result.pathway()) {
            case NOT_AN_HCTP -> "NAH";
            case SAME_SURGICAL_PROCEDURE_EXCEPTION -> "SSP";
            case HCTP_361 -> "361";
            case BIOLOGIC_351 -> "351";
        };
        if (!got.equals(expected)) {
            return "classified " + got + ", expected " + expected + "; reasons " + result.reasonIds();
        }
        List<String> passages = new ArrayList<>();
        result.reasons().forEach(r -> passages.add(r.citation().passage()));
        if (result.conclusion() != null) {
            passages.add(result.conclusion().citation().passage());
        }
        if (passages.stream().noneMatch(p -> p.contains(row.citation()))) {
            return "cites " + passages + ", expected " + row.citation();
        }
        return null;
    }

    @Test
    void theTableNamesEveryProductTypeAndSourceAndOnlySourcesTheRuleDataAllows() {
        assertThat(TYPES.values()).containsExactlyInAnyOrder(ProductType.values());
        assertThat(SOURCES.values()).containsExactlyInAnyOrder(CellSource.values());
        for (Case c : everyCombination()) {
            Row row = rows().stream().filter(r -> r.matches(c)).findFirst().orElseThrow();
            boolean supported = CLASSIFIER.profile(TYPES.get(c.type())).supports(SOURCES.get(c.source()));
            assertThat(!"unsupported".equals(row.expected())).as(c.toString()).isEqualTo(supported);
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

    @Test
    void everyRuleAndStatementNamesItsSource() {
        Set<String> documents = Arrays.stream(ProductType.values()).map(CLASSIFIER::profile)
                .flatMap(p -> p.notes().stream()).map(n -> n.citation().document()).collect(Collectors.toSet());
        assertThat(documents).allSatisfy(d -> assertThat(d).matches("(21 CFR 1271|FDA, ).*"));
    }
}
