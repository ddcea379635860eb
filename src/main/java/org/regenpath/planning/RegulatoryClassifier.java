package org.regenpath.planning;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Classifies a plan's {@link PathwayFacts} into a {@link RegulatoryPathway} by the rule data: the pathways are
 * tried in order (the same surgical procedure exception of 21 CFR 1271.15(b), then a 361 HCT/P under
 * 1271.10(a)), the first whose rules are all met applies, and when none does the product is a 351 biological
 * product that needs an IND or BLA. Every rule is applied and reported, so the plan editor can show the class and
 * every reason with its citation as the clinician types.
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
     * @throws InvalidInput when the product type cannot be made from the cell source, or when the manipulation is
     *     neither declared nor implied by the product type
     */
    public RegulatoryClassification classify(PathwayFacts facts) {
        ProductTypeProfile profile = profile(facts.productType());
        if (!profile.supports(facts.cellSource())) {
            throw InvalidInput.of("cellSource", unsupported(facts.productType(), profile));
        }
        Evaluation evaluation = evaluation(facts, profile);
        List<RuleOutcome> outcomes = new ArrayList<>();
        RegulatoryPathway result = null;
        for (PathwayRules pathway : book.pathways()) {
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
        Statement conclusion = result == null ? book.fallbackStatement() : null;
        return new RegulatoryClassification(facts, result == null ? book.fallback() : result,
                evaluation.manipulation(), evaluation.manipulationBasis(), outcomes, conclusion, profile);
    }

    private static Evaluation evaluation(PathwayFacts facts, ProductTypeProfile profile) {
        if (profile.impliedManipulation() != null) {
            Derived<Manipulation> implied = profile.impliedManipulation();
            return new Evaluation(facts, profile, implied.value(), implied.basis());
        }
        if (facts.manipulation() == null) {
            String type = facts.productType().label().toLowerCase(Locale.ROOT);
            throw InvalidInput.of("manipulation",
                    "For " + type + ", say whether the processing is minimal or more than minimal manipulation");
        }
        return new Evaluation(facts, profile, facts.manipulation(), null);
    }

    private static String unsupported(ProductType type, ProductTypeProfile profile) {
        String sources = profile.cellSources().stream()
                .sorted()
                .map(CellSource::label)
                .collect(Collectors.joining("; "));
        return type.label() + " is not made from this source. Choose: " + sources;
    }
}
