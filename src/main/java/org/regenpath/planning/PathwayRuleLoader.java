package org.regenpath.planning;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.planning.PathwayRuleBook.PathwayRules;
import org.regenpath.planning.PathwayRuleBook.Rule;
import org.regenpath.planning.PathwayRuleData.FallbackEntry;
import org.regenpath.planning.PathwayRuleBook.SiteWords;
import org.regenpath.planning.PathwayRuleData.ManipulationEntry;
import org.regenpath.planning.PathwayRuleData.NotAnHctpEntry;
import org.regenpath.planning.PathwayRuleData.SiteKindEntry;
import org.regenpath.planning.PathwayRuleData.UseEntry;
import org.regenpath.planning.PathwayRuleData.PathwayEntry;
import org.regenpath.planning.PathwayRuleData.ProductTypeEntry;
import org.regenpath.planning.PathwayRuleData.RuleEntry;
import org.regenpath.planning.PathwayRuleData.RuleFile;
import org.regenpath.planning.PathwayRuleData.SourceEntry;
import org.regenpath.planning.PathwayRuleData.StatementEntry;
import org.regenpath.planning.PathwayRuleData.SuchHctpEntry;
import org.regenpath.shared.ProductType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates the pathway rule data. Every problem is reported with the file name and where in the file
 * it is, because the people who fix it are regulatory reviewers editing JSON, not developers reading a stack
 * trace: an unknown enum value, an unknown field, a rule without a source or passage, a product type without a
 * profile.
 */
final class PathwayRuleLoader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String file;
    private Map<String, SourceEntry> sources = Map.of();

    private PathwayRuleLoader(String file) {
        this.file = file;
    }

    static PathwayRuleBook load(InputStream in, String file) {
        return new PathwayRuleLoader(file).read(in);
    }

    private PathwayRuleBook read(InputStream in) {
        RuleFile data = parse(in);
        require(data != null, "the file is empty");
        require(notBlank(data.version()), "\"version\" is missing");
        sources = sources(data.sources());
        List<PathwayRules> pathways = pathways(data.pathways());
        FallbackEntry fallback = data.fallback();
        require(fallback != null && fallback.pathway() != null, "\"fallback\" must name a pathway");
        require(pathways.stream().allMatch(p -> p.pathway().ordinal() < fallback.pathway().ordinal()),
                "the fallback pathway must come after every other pathway");
        Statement fallbackStatement = statement("fallback",
                new StatementEntry(fallback.text(), fallback.source(), fallback.passage(), fallback.verified()));
        return new PathwayRuleBook(data.version(), pathways, fallback.pathway(), fallbackStatement,
                siteKinds(data.siteKinds()), uses(data.homologousUse()), profiles(data.productTypes()));
    }

    private List<SiteWords> siteKinds(List<SiteKindEntry> entries) {
        require(entries != null && !entries.isEmpty(), "\"siteKinds\" must list at least one kind of site");
        List<SiteWords> result = new ArrayList<>();
        Set<SiteKind> seen = EnumSet.noneOf(SiteKind.class);
        for (SiteKindEntry e : entries) {
            require(e.kind() != null && e.kind() != SiteKind.UNRECOGNISED,
                    "every \"siteKinds\" entry needs a \"kind\" other than UNRECOGNISED");
            require(seen.add(e.kind()), "site kind " + e.kind() + " is listed twice");
            require(e.words() != null && !e.words().isEmpty()
                    && e.words().stream().allMatch(PathwayRuleLoader::notBlank),
                    "site kind " + e.kind() + " lists no \"words\"");
            result.add(SiteWords.of(e.kind(), e.words()));
        }
        return result;
    }

    private Map<ProductType, Map<SiteKind, Derived<UseDerivation>>> uses(List<UseEntry> entries) {
        require(entries != null, "\"homologousUse\" is missing");
        Map<ProductType, Map<SiteKind, Derived<UseDerivation>>> result = new EnumMap<>(ProductType.class);
        for (UseEntry e : entries) {
            require(e.productType() != null && e.value() != null && e.sites() != null && !e.sites().isEmpty()
                    && !e.sites().contains(null), "every \"homologousUse\" entry needs a \"productType\", \"sites\""
                    + " and a \"value\"");
            String where = "homologousUse of " + e.productType();
            Statement basis = statement(where, new StatementEntry(e.text(), e.source(), e.passage(), e.verified()));
            Map<SiteKind, Derived<UseDerivation>> bySite = result.computeIfAbsent(e.productType(),
                    t -> new EnumMap<>(SiteKind.class));
            for (SiteKind kind : e.sites()) {
                require(bySite.put(kind, new Derived<>(e.value(), basis)) == null,
                        where + " lists site kind " + kind + " twice");
            }
        }
        return result;
    }

    private RuleFile parse(InputStream in) {
        try (in) {
            return JSON.readValue(in, RuleFile.class);
        } catch (JacksonException e) {
            throw new InvalidRuleData(file, "at " + where(e) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidRuleData(file, "cannot be read", e);
        }
    }

    private static String where(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the top level" : path.toString();
    }

    private Map<String, SourceEntry> sources(List<SourceEntry> entries) {
        require(entries != null && !entries.isEmpty(), "\"sources\" must list at least one source");
        Map<String, SourceEntry> byId = new HashMap<>();
        for (SourceEntry s : entries) {
            require(notBlank(s.id()) && notBlank(s.document()), "every source needs an \"id\" and a \"document\"");
            require(byId.put(s.id(), s) == null, "source id " + s.id() + " is used twice");
        }
        return byId;
    }

    private List<PathwayRules> pathways(List<PathwayEntry> entries) {
        require(entries != null && !entries.isEmpty(), "\"pathways\" must list at least one pathway");
        List<PathwayRules> result = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        int previous = -1;
        for (PathwayEntry p : entries) {
            require(p.pathway() != null, "every pathway entry needs a \"pathway\"");
            require(p.pathway().ordinal() > previous,
                    "pathways must be listed in the order " + Arrays.toString(RegulatoryPathway.values()));
            previous = p.pathway().ordinal();
            require(p.rules() != null && !p.rules().isEmpty(), "pathway " + p.pathway() + " has no rules");
            List<Rule> rules = new ArrayList<>();
            for (RuleEntry r : p.rules()) {
                rules.add(rule(p.pathway(), r, ruleIds));
            }
            result.add(new PathwayRules(p.pathway(), rules));
        }
        return result;
    }

    private Rule rule(RegulatoryPathway pathway, RuleEntry r, Set<String> ruleIds) {
        require(notBlank(r.id()), "a rule of " + pathway + " has no \"id\"");
        require(ruleIds.add(r.id()), "rule id " + r.id() + " is used twice");
        require(r.criterion() != null, "rule " + r.id() + " names no \"criterion\"");
        Statement s = statement("rule " + r.id(), new StatementEntry(r.text(), r.source(), r.passage(), r.verified()));
        return new Rule(r.id(), pathway, r.criterion(), s.text(), s.citation());
    }

    private Map<ProductType, ProductTypeProfile> profiles(List<ProductTypeEntry> entries) {
        require(entries != null, "\"productTypes\" is missing");
        Map<ProductType, ProductTypeProfile> profiles = new EnumMap<>(ProductType.class);
        for (ProductTypeEntry e : entries) {
            require(e.productType() != null, "every product type entry needs a \"productType\"");
            require(profiles.put(e.productType(), profile(e)) == null,
                    "product type " + e.productType() + " is listed twice");
        }
        Set<ProductType> missing = Arrays.stream(ProductType.values())
                .filter(t -> !profiles.containsKey(t))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProductType.class)));
        require(missing.isEmpty(), "no entry for product type(s) " + missing);
        return profiles;
    }

    private ProductTypeProfile profile(ProductTypeEntry e) {
        String where = "product type " + e.productType();
        require(e.cellSources() != null && !e.cellSources().isEmpty() && !e.cellSources().contains(null),
                where + " lists no \"cellSources\"");
        Derived<Manipulation> manipulation = null;
        ManipulationEntry m = e.impliedManipulation();
        if (m != null) {
            require(m.value() != null, where + ": \"impliedManipulation\" has no \"value\"");
            manipulation = new Derived<>(m.value(), statement(where + " impliedManipulation",
                    new StatementEntry(m.text(), m.source(), m.passage(), m.verified())));
        }
        Derived<Boolean> suchHctp = null;
        SuchHctpEntry h = e.remainsSuchHctp();
        if (h != null) {
            require(h.value() != null, where + ": \"remainsSuchHctp\" has no \"value\"");
            suchHctp = new Derived<>(h.value(), statement(where + " remainsSuchHctp",
                    new StatementEntry(h.text(), h.source(), h.passage(), h.verified())));
        }
        Statement researchOnly = e.researchOnly() == null ? null : statement(where + " researchOnly", e.researchOnly());
        Derived<NotAnHctpBasis> notAnHctp = null;
        NotAnHctpEntry excluded = e.notAnHctp();
        if (excluded != null) {
            require(excluded.basis() != null, where + ": \"notAnHctp\" has no \"basis\"");
            notAnHctp = new Derived<>(excluded.basis(), statement(where + " notAnHctp", new StatementEntry(
                    excluded.text(), excluded.source(), excluded.passage(), excluded.verified())));
        }
        List<Statement> notes = new ArrayList<>();
        for (StatementEntry n : e.notes() == null ? List.<StatementEntry>of() : e.notes()) {
            notes.add(statement(where + " note", n));
        }
        return new ProductTypeProfile(e.productType(), EnumSet.copyOf(e.cellSources()), manipulation,
                suchHctp, researchOnly, notAnHctp, notes);
    }

    private Statement statement(String where, StatementEntry s) {
        require(s != null && notBlank(s.text()), where + " has no \"text\"");
        require(notBlank(s.source()), where + " names no \"source\"; every rule and statement must cite one");
        SourceEntry source = sources.get(s.source());
        require(source != null, where + " cites unknown source \"" + s.source() + "\"");
        require(notBlank(s.passage()), where + " names no \"passage\" in " + s.source());
        require(s.verified() != null, where + " does not say whether it was \"verified\" against the source");
        return new Statement(s.text(), new Citation(source.document(), s.passage(), source.url(), s.verified()));
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidRuleData(file, problem);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
