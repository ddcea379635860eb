package org.regenpath.planning;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.regenpath.planning.Criterion.Evaluation;
import org.regenpath.planning.Criterion.Finding;
import org.regenpath.planning.PathwayRuleBook.PathwayRules;
import org.regenpath.planning.PathwayRuleBook.Rule;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * Classifies a plan's {@link PathwayFacts} into a {@link RegulatoryPathway} by the rule data. A product type the
 * data places outside the HCT/P definition outright (platelet-rich plasma, 21 CFR 1271.3(d)(2); acellular
 * amniotic fluid) is settled by its product type. Otherwise the pathways are tried in order (bone marrow outside
 * the definition under 1271.3(d)(4), the same surgical procedure exception of 1271.15(b), a 361 HCT/P under
 * 1271.10(a)), the first whose rules are all met applies, and when none does the product is a drug, device and/or
 * biological product (1271.20). Homologous use is derived from product type and site where the rule data records
 * FDA's position, and answers that contradict each other or the data are refused. Every rule is applied and
 * reported, so the plan editor can show the class and every reason with its citation as the clinician types.
 *
 * <p>Decision support, not legal advice: the rule data marks which citations were verified against the primary
 * source, and the clinic's regulatory adviser owns the final call. Thread-safe and immutable.
 */
public final class RegulatoryClassifier {

    /** Where the shipped rule data lives on the classpath. */
    public static final String RULES = "clinical/regulatory/hctp-pathway-rules.json";

    private final PathwayRuleBook book;

    private RegulatoryClassifier(PathwayRuleBook book) {
        this.book = book;
    }

    /** The classifier with the rule data shipped in {@value #RULES}. */
    public static RegulatoryClassifier fromClasspath() {
        InputStream in = RegulatoryClassifier.class.getClassLoader().getResourceAsStream(RULES);
        if (in == null) {
            throw new InvalidRuleData(RULES, "not found on the classpath");
        }
        return load(in, RULES);
    }

    /**
     * A classifier with rule data from elsewhere (a clinic's reviewed copy, a test).
     *
     * @throws InvalidRuleData when the data is unreadable or incomplete
     */
    public static RegulatoryClassifier load(InputStream rules, String name) {
        return new RegulatoryClassifier(PathwayRuleLoader.load(rules, name));
    }

    /** The version the rule data declares, to record with each approved plan. */
    public String rulesVersion() {
        return book.version();
    }

    /** What the rule data says about a product type. */
    public ProductTypeProfile profile(ProductType type) {
        return book.profiles().get(Objects.requireNonNull(type, "type"));
    }

    /**
     * Classifies the facts.
     *
     * @throws InvalidInput when the product type cannot be made from the cell source; when the manipulation or
     *     the use is neither declared nor derived; or when answers contradict each other or the rule data (e.g.
     *     more than minimal manipulation attested as "such HCT/P", or a use that departs from FDA's position
     *     without a written justification), naming every field concerned
     */
    public RegulatoryClassification classify(PathwayFacts facts) {
        ProductTypeProfile profile = profile(facts.productType());
        if (!profile.supports(facts.cellSource())) {
            throw InvalidInput.of("cellSource", unsupported(facts.productType(), profile));
        }
        Derived<NotAnHctpBasis> excluded = profile.notAnHctp();
        if (excluded != null && !excluded.value().conditional()) {
            return settled(facts, profile, excluded);
        }
        Evaluation evaluation = evaluation(facts, profile);
        List<RuleOutcome> outcomes = new ArrayList<>();
        RegulatoryPathway result = null;
        for (PathwayRules pathway : book.pathways()) {
            if (pathway.pathway() == RegulatoryPathway.NOT_AN_HCTP && excluded == null) {
                continue; // only products the rule data says may fall outside the definition are tried
            }
            boolean allMet = true;
            for (Rule rule : pathway.rules()) {
                Finding f = rule.criterion().evaluate(evaluation);
                outcomes.add(new RuleOutcome(rule.id(), rule.pathway(), rule.text(), rule.citation(), f.met(),
                        f.text()));
                allMet &= f.met();
            }
            if (allMet && result == null) {
                result = pathway.pathway();
            }
        }
        Statement conclusion = result == null ? book.fallbackStatement()
                : result == RegulatoryPathway.NOT_AN_HCTP ? excluded.basis() : null;
        return new RegulatoryClassification(facts, result == null ? book.fallback() : result,
                evaluation.manipulation(), evaluation.manipulationBasis(), evaluation.use(), evaluation.useBasis(),
                outcomes, conclusion, profile, openQuestions(facts, evaluation));
    }

    /** A product outside the HCT/P definition whatever the other answers (PRP, acellular amniotic fluid). */
    private static RegulatoryClassification settled(PathwayFacts facts, ProductTypeProfile profile,
            Derived<NotAnHctpBasis> excluded) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (facts.bloodRelativeDonor() && facts.cellSource().isAutologous()) {
            errors.put("bloodRelativeDonor", "The cells are the patient's own, so there is no donor to be a blood"
                    + " relative; untick it");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        RegulatoryPathway pathway = excluded.value().pathway();
        RuleOutcome outcome = new RuleOutcome("NAH-" + excluded.value().name(), pathway, excluded.basis().text(),
                excluded.basis().citation(), true, facts.productType().label() + " is not an HCT/P: "
                + excluded.basis().text());
        return new RegulatoryClassification(facts, pathway, null, null, null, null, List.of(outcome),
                excluded.basis(), profile, List.of());
    }

    private Evaluation evaluation(PathwayFacts facts, ProductTypeProfile profile) {
        Map<String, String> errors = new LinkedHashMap<>();
        String type = facts.productType().label().toLowerCase(Locale.ROOT);
        Manipulation manipulation = facts.manipulation();
        Statement manipulationBasis = null;
        if (profile.impliedManipulation() != null) {
            Derived<Manipulation> implied = profile.impliedManipulation();
            if (manipulation != null && manipulation != implied.value()) {
                errors.put("manipulation", facts.productType().label() + " is "
                        + implied.value().label().toLowerCase(Locale.ROOT) + " (" + implied.basis().citation()
                        + "); leave the manipulation to the product type");
            }
            manipulation = implied.value();
            manipulationBasis = implied.basis();
        } else if (manipulation == null) {
            errors.put("manipulation", "For " + type + ", say whether the processing is minimal or more than"
                    + " minimal manipulation");
        }
        if (facts.remainsSuchHctp()) {
            Derived<Boolean> such = profile.remainsSuchHctp();
            if (such != null && !such.value()) {
                errors.put("remainsSuchHctp", facts.productType().label() + " is not processed only by rinsing,"
                        + " cleansing, sizing, shaping or centrifugation (" + such.basis().citation() + "); untick"
                        + " the attestation");
            } else if (manipulation == Manipulation.MORE_THAN_MINIMAL && !errors.containsKey("manipulation")) {
                String both = "More than minimal manipulation contradicts the attestation that processing is"
                        + " limited to rinsing, cleansing, sizing, shaping or centrifugation; correct one of the two";
                errors.put("manipulation", both);
                errors.put("remainsSuchHctp", both);
            }
        }
        if (facts.bloodRelativeDonor() && facts.cellSource().isAutologous()) {
            errors.put("bloodRelativeDonor", "The cells are the patient's own, so there is no donor to be a blood"
                    + " relative; untick it");
        }
        UseFinding use = use(facts, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Evaluation(facts, profile, manipulation, manipulationBasis, use.use(), use.basis(),
                use.departs());
    }

    /** The use FDA's position gives this product type at these sites, reconciled with the declaration. */
    private UseFinding use(PathwayFacts facts, Map<String, String> errors) {
        Derived<UseDerivation> derived = derivedUse(facts);
        IntendedUse declared = facts.use();
        if (derived == null || derived.value() == UseDerivation.OPEN) {
            if (declared == null) {
                errors.put("use", derived == null ? "Say whether the intended use is homologous or not"
                        : "FDA's position on this use is not settled; say whether the intended use is homologous"
                        + " or not");
                return new UseFinding(null, null, false);
            }
            return new UseFinding(declared, derived == null ? null : derived.basis(), false);
        }
        IntendedUse position = derived.value() == UseDerivation.HOMOLOGOUS ? IntendedUse.HOMOLOGOUS
                : IntendedUse.NON_HOMOLOGOUS;
        if (declared == null || declared == position) {
            return new UseFinding(position, derived.basis(), false);
        }
        if (facts.homologousUseJustification() == null) {
            errors.put("homologousUseJustification", "FDA's position is that this is "
                    + position.label().toLowerCase(Locale.ROOT) + " (" + derived.basis().citation() + "). To declare "
                    + declared.label().toLowerCase(Locale.ROOT) + ", write why in the justification, or leave the"
                    + " use to the rules");
            return new UseFinding(null, null, false);
        }
        return new UseFinding(declared, derived.basis(), true);
    }

    /**
     * FDA's position across all the sites: non-homologous if it is at any site (1271.10(a)(2) asks for homologous
     * use only); otherwise open if any site is open or not covered; homologous only if it is at every site.
     */
    private Derived<UseDerivation> derivedUse(PathwayFacts facts) {
        Derived<UseDerivation> open = null;
        boolean uncovered = facts.siteRegions().isEmpty();
        Derived<UseDerivation> homologous = null;
        for (String region : facts.siteRegions()) {
            Derived<UseDerivation> d = book.use(facts.productType(), book.siteKind(region));
            if (d == null) {
                uncovered = true;
            } else if (d.value() == UseDerivation.NON_HOMOLOGOUS) {
                return d;
            } else if (d.value() == UseDerivation.OPEN) {
                open = open == null ? d : open;
            } else {
                homologous = d;
            }
        }
        if (open != null) {
            return open;
        }
        return uncovered ? null : homologous;
    }

    /** What the screen must say is uncertain about this classification. */
    private List<Statement> openQuestions(PathwayFacts facts, Evaluation e) {
        List<Statement> open = new ArrayList<>();
        if (e.useBasis() != null && derivedUse(facts) != null && derivedUse(facts).value() == UseDerivation.OPEN) {
            open.add(e.useBasis());
        }
        if (e.departs()) {
            open.add(new Statement("The clinician declares " + e.use().label().toLowerCase(Locale.ROOT)
                    + ", departing from FDA's position as the rules record it. Justification: "
                    + facts.homologousUseJustification(), e.useBasis().citation()));
        }
        facts.siteRegions().stream().filter(r -> book.siteKind(r) == SiteKind.UNRECOGNISED).findFirst()
                .ifPresent(r -> open.add(new Statement("The rules do not recognise the site \"" + r + "\" as a"
                        + " joint, tendon, ligament or spinal site, so the use is the clinician's declaration.",
                        useCitation())));
        return open;
    }

    /** The citation of the rule that asks for homologous use (1271.10(a)(2)). */
    private Citation useCitation() {
        return book.pathways().stream().flatMap(p -> p.rules().stream())
                .filter(r -> r.criterion() == Criterion.HOMOLOGOUS_USE).map(Rule::citation)
                .reduce((first, later) -> later).orElse(book.fallbackStatement().citation());
    }

    /** The use a plan is classified with and where it comes from. */
    private record UseFinding(IntendedUse use, Statement basis, boolean departs) {
    }

    private static String unsupported(ProductType type, ProductTypeProfile profile) {
        String sources = profile.cellSources().stream()
                .sorted()
                .map(CellSource::label)
                .collect(Collectors.joining("; "));
        return type.label() + " is not made from this source. Choose: " + sources;
    }
}
