package org.regenpath.planning;

import java.util.List;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/** The shape of {@code hctp-pathway-rules.json}, as read; {@link PathwayRuleLoader} validates it. */
final class PathwayRuleData {

    private PathwayRuleData() {
    }

    record RuleFile(
            String about,
            String version,
            List<SourceEntry> sources,
            List<PathwayEntry> pathways,
            FallbackEntry fallback,
            List<SiteKindEntry> siteKinds,
            List<UseEntry> homologousUse,
            List<ProductTypeEntry> productTypes) {
    }

    /** The words in a site's region that make it this kind of site, tried in file order. */
    record SiteKindEntry(SiteKind kind, List<String> words) {
    }

    /** FDA's position on the homologous use of a product type at some kinds of site, with its citation. */
    record UseEntry(ProductType productType, List<SiteKind> sites, UseDerivation value, String text, String source,
            String passage, Boolean verified) {
    }

    record NotAnHctpEntry(NotAnHctpBasis basis, String text, String source, String passage, Boolean verified) {
    }

    record SourceEntry(String id, String document, String url) {
    }

    record PathwayEntry(RegulatoryPathway pathway, List<RuleEntry> rules) {
    }

    record RuleEntry(String id, Criterion criterion, String text, String source, String passage, Boolean verified) {
    }

    record FallbackEntry(RegulatoryPathway pathway, String text, String source, String passage, Boolean verified) {
    }

    record StatementEntry(String text, String source, String passage, Boolean verified) {
    }

    record ManipulationEntry(Manipulation value, String text, String source, String passage, Boolean verified) {
    }

    record SuchHctpEntry(Boolean value, String text, String source, String passage, Boolean verified) {
    }

    record ProductTypeEntry(
            ProductType productType,
            List<CellSource> cellSources,
            ManipulationEntry impliedManipulation,
            SuchHctpEntry remainsSuchHctp,
            StatementEntry researchOnly,
            NotAnHctpEntry notAnHctp,
            List<StatementEntry> notes) {
    }
}
