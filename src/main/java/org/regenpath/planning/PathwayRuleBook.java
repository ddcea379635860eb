package org.regenpath.planning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
        List<SiteWords> siteKinds,
        Map<ProductType, Map<SiteKind, Derived<UseDerivation>>> uses,
        Map<ProductType, ProductTypeProfile> profiles) {

    PathwayRuleBook {
        pathways = List.copyOf(pathways);
        siteKinds = List.copyOf(siteKinds);
        uses = Map.copyOf(uses);
        profiles = Map.copyOf(profiles);
    }

    /** The kind of site a region names: the first kind, in rule-data order, one of whose words it contains. */
    SiteKind siteKind(String region) {
        String r = region.toLowerCase(Locale.ROOT);
        return siteKinds.stream().filter(k -> k.matches(r)).map(SiteWords::kind).findFirst()
                .orElse(SiteKind.UNRECOGNISED);
    }

    /** FDA's position on the use of a product type at a kind of site, or {@code null} when none is recorded. */
    Derived<UseDerivation> use(ProductType type, SiteKind kind) {
        return uses.getOrDefault(type, Map.of()).get(kind);
    }

    /** A kind of site and the whole words that name it. */
    record SiteWords(SiteKind kind, List<Pattern> words) {

        SiteWords {
            words = List.copyOf(words);
        }

        static SiteWords of(SiteKind kind, List<String> words) {
            return new SiteWords(kind, words.stream()
                    .map(w -> Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b"))
                    .toList());
        }

        boolean matches(String region) {
            return words.stream().anyMatch(w -> w.matcher(region).find());
        }
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
