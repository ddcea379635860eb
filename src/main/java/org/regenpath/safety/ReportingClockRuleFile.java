package org.regenpath.safety;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.planning.RegulatoryPathway;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks {@code clinical/safety/reporting-rules.json}: unknown fields and enum values are refused, every
 * duty Regenpath knows is stated exactly once with a positive number of days and a source, and every product
 * pathway maps to exactly one regime. A broken file stops the application instead of starting the wrong clocks; the
 * message names the file and the place, for the regulatory reviewer who edits it.
 */
final class ReportingClockRuleFile {

    static final String RESOURCE = "/clinical/safety/reporting-rules.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record Source(String id, String document, String url, String checkedThrough) {}

    record Clock(ReportingClockRule.Kind kind, ReportingClockFacts.Regime regime, Integer days, String source,
            String citation, String asks, String words, Boolean verified, String note) {}

    record Pathway(RegulatoryPathway pathway, ReportingClockFacts.Regime regime, String source, String citation,
            String reason, Boolean verified, String note) {}

    record Data(String about, String version, String licence, List<Source> sources, List<Clock> clocks,
            List<Pathway> pathways) {}

    /** What the file says, checked. */
    record Loaded(String version, Map<ReportingClockRule.Kind, ReportingClockRule> rules,
            Map<RegulatoryPathway, ReportingClockRules.PathwayRegime> pathways) {}

    private ReportingClockRuleFile() {}

    static Loaded load(InputStream in, String file) {
        Data data;
        try (in) {
            data = JSON.readValue(in, Data.class);
        } catch (JacksonException e) {
            throw invalid(file, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw invalid(file, "cannot be read: " + e.getMessage());
        }
        require(file, data != null && notBlank(data.version()), "\"version\" is missing");
        Map<String, Source> sources = new HashMap<>();
        for (Source s : nonNull(data.sources())) {
            require(file, notBlank(s.id()) && notBlank(s.document()) && notBlank(s.url()),
                    "every source needs an \"id\", a \"document\" and a \"url\"");
            require(file, sources.put(s.id(), s) == null, "source " + s.id() + " is listed twice");
        }
        return new Loaded(data.version(), rules(file, data, sources), pathways(file, data, sources));
    }

    private static Map<ReportingClockRule.Kind, ReportingClockRule> rules(String file, Data data,
            Map<String, Source> sources) {
        Map<ReportingClockRule.Kind, ReportingClockRule> rules = new EnumMap<>(ReportingClockRule.Kind.class);
        for (Clock c : nonNull(data.clocks())) {
            require(file, c.kind() != null && c.regime() != null, "every clock needs a \"kind\" and a \"regime\"");
            String where = "clock " + c.kind();
            require(file, c.regime() == regimeOf(c.kind()), where + " belongs to the regime " + regimeOf(c.kind()));
            require(file, c.days() != null && c.days() > 0, where + ": \"days\" must be a positive number");
            require(file, c.verified() != null, where + ": \"verified\" is missing");
            require(file, notBlank(c.citation()) && notBlank(c.asks()) && notBlank(c.words()),
                    where + " needs a \"citation\", \"asks\" and \"words\"");
            Source s = sources.get(c.source());
            require(file, s != null, where + " cites the unknown source " + c.source());
            require(file, rules.put(c.kind(), new ReportingClockRule(c.kind(), c.regime(), c.days(), c.citation(),
                    s.url(), c.asks(), c.words(), c.verified(), c.note())) == null, where + " is listed twice");
        }
        List<ReportingClockRule.Kind> missing = new ArrayList<>(List.of(ReportingClockRule.Kind.values()));
        missing.removeAll(rules.keySet());
        require(file, missing.isEmpty(), "no clock for " + missing);
        return rules;
    }

    private static Map<RegulatoryPathway, ReportingClockRules.PathwayRegime> pathways(String file, Data data,
            Map<String, Source> sources) {
        Map<RegulatoryPathway, ReportingClockRules.PathwayRegime> result = new EnumMap<>(RegulatoryPathway.class);
        for (Pathway p : nonNull(data.pathways())) {
            require(file, p.pathway() != null && p.regime() != null, "every pathway needs a \"pathway\" and a"
                    + " \"regime\"");
            String where = "pathway " + p.pathway();
            require(file, notBlank(p.reason()) && notBlank(p.citation()) && p.verified() != null,
                    where + " needs a \"reason\", a \"citation\" and \"verified\"");
            Source s = sources.get(p.source());
            require(file, s != null, where + " cites the unknown source " + p.source());
            require(file, result.put(p.pathway(), new ReportingClockRules.PathwayRegime(p.pathway(), p.regime(),
                    p.reason(), p.citation(), s.url(), p.verified(), p.note())) == null, where + " is listed twice");
        }
        List<RegulatoryPathway> missing = new ArrayList<>(List.of(RegulatoryPathway.values()));
        missing.removeAll(result.keySet());
        require(file, missing.isEmpty(), "no regime for pathway(s) " + missing);
        return result;
    }

    private static ReportingClockFacts.Regime regimeOf(ReportingClockRule.Kind kind) {
        return kind == ReportingClockRule.Kind.HCTP_ADVERSE_REACTION ? ReportingClockFacts.Regime.HCTP_361
                : ReportingClockFacts.Regime.IND;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(String file, boolean ok, String problem) {
        if (!ok) {
            throw invalid(file, problem);
        }
    }

    private static IllegalStateException invalid(String file, String problem) {
        return new IllegalStateException(file + ": " + problem);
    }
}
