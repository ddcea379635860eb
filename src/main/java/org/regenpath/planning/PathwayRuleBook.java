package org.regenpath.planning;

import java.util.List;
import java.util.Map;
import org.regenpath.shared.ProductType;

/**
 * The validated rule data: pathways in the order they are tried, each with its rules; the pathway that applies
 * when none does; and what the data says about each product type.
 */
record PathwayRuleBook(
        String version,
        List<PathwayRules> pathways,
        RegulatoryPathway fallback,
        Statement fallbackStatement,
        Map<ProductType, ProductTypeProfile> profiles) {

    PathwayRuleBook {
        pathways = List.copyOf(pathways);
        profiles = Map.copyOf(profiles);
    }

    /** One pathway and the rules that must all be met for it to apply. */
    record PathwayRules(RegulatoryPathway pathway, List<Rule> rules) {

        PathwayRules {
            rules = List.copyOf(rules);
        }
    }

    /** One rule: a criterion, its text and citation. */
    record Rule(String id, RegulatoryPathway pathway, Criterion criterion, String text, Citation citation) {
    }
}
