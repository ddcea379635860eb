package org.regenpath.planning;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenpath.shared.CellSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the consent document. Like the pathway rules, a broken file stops the application at start
 * with the file and the place named: an unknown field or value, a section without a source or passage, an
 * unknown {@code {placeholder}}, or a missing required section (regulatory status, evidence, risks, alternatives,
 * costs, withdrawal, signatures).
 */
final class ConsentDocumentLoader {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record DocumentFile(String about, String id, String version, String effectiveDate, String title,
            List<SourceEntry> sources, List<SectionEntry> sections) {}

    record SourceEntry(String id, String document, String url) {}

    record SectionEntry(String id, String heading, String source, String passage, Boolean verified,
            List<ParagraphEntry> paragraphs) {}

    record ParagraphEntry(String text, List<RegulatoryPathway> pathways, List<CellSource> cellSources) {}

    private final String file;

    private ConsentDocumentLoader(String file) {
        this.file = file;
    }

    static ConsentDocument load(InputStream in, String file) {
        return new ConsentDocumentLoader(file).read(in);
    }

    private ConsentDocument read(InputStream in) {
        DocumentFile data = parse(in);
        require(data != null, "the file is empty");
        require(notBlank(data.id()) && notBlank(data.version()) && notBlank(data.title()),
                "\"id\", \"version\" and \"title\" are required");
        LocalDate effective = date(data.effectiveDate());
        Map<String, SourceEntry> sources = new HashMap<>();
        require(data.sources() != null && !data.sources().isEmpty(), "\"sources\" must list at least one source");
        for (SourceEntry s : data.sources()) {
            require(notBlank(s.id()) && notBlank(s.document()), "every source needs an \"id\" and a \"document\"");
            require(sources.put(s.id(), s) == null, "source id " + s.id() + " is used twice");
        }
        require(data.sections() != null && !data.sections().isEmpty(), "\"sections\" must list the sections");
        List<ConsentDocument.Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SectionEntry s : data.sections()) {
            require(notBlank(s.id()) && ids.add(s.id()), "every section needs an \"id\", used once");
            sections.add(section(s, sources));
        }
        Set<String> missing = new HashSet<>(ConsentDocument.REQUIRED_SECTIONS);
        missing.removeAll(ids);
        require(missing.isEmpty(), "the document lacks the required section(s) " + missing);
        return new ConsentDocument(data.id(), data.version(), effective, data.title(), sections);
    }

    private ConsentDocument.Section section(SectionEntry s, Map<String, SourceEntry> sources) {
        String where = "section " + s.id();
        require(notBlank(s.heading()), where + " has no \"heading\"");
        SourceEntry source = s.source() == null ? null : sources.get(s.source());
        require(source != null, where + " cites no known \"source\"");
        require(notBlank(s.passage()), where + " names no \"passage\" in " + s.source());
        require(s.verified() != null, where + " does not say whether it was \"verified\" against the source");
        require(s.paragraphs() != null && !s.paragraphs().isEmpty(), where + " has no paragraphs");
        List<ConsentDocument.Paragraph> paragraphs = new ArrayList<>();
        for (ParagraphEntry p : s.paragraphs()) {
            require(notBlank(p.text()), where + " has a paragraph without \"text\"");
            Matcher m = PLACEHOLDER.matcher(p.text());
            while (m.find()) {
                require(ConsentDocument.PLACEHOLDERS.contains(m.group(1)),
                        where + " uses the unknown placeholder {" + m.group(1) + "}");
            }
            List<RegulatoryPathway> pathways = p.pathways() == null ? List.of() : p.pathways();
            List<CellSource> cellSources = p.cellSources() == null ? List.of() : p.cellSources();
            require(pathways.stream().noneMatch(Objects::isNull) && cellSources.stream().noneMatch(Objects::isNull),
                    where + " lists an empty value");
            paragraphs.add(new ConsentDocument.Paragraph(p.text(), Set.copyOf(pathways), Set.copyOf(cellSources)));
        }
        Citation citation = new Citation(source.document(), s.passage(), source.url(), s.verified());
        return new ConsentDocument.Section(s.id(), s.heading(), paragraphs, citation);
    }

    private DocumentFile parse(InputStream in) {
        try (in) {
            return JSON.readValue(in, DocumentFile.class);
        } catch (JacksonException e) {
            throw new InvalidRuleData(file, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidRuleData(file, "cannot be read", e);
        }
    }

    private LocalDate date(String text) {
        require(notBlank(text), "\"effectiveDate\" is required (yyyy-mm-dd)");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRuleData(file, "\"effectiveDate\" is not a date (yyyy-mm-dd): " + text, e);
        }
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
