package org.regenpath.planning;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.regenpath.shared.CellSource;

/**
 * The versioned consent document, as data ({@code clinical/consent/consent-document.json}): sections that cover
 * what the ISSCR informed-consent standard asks a clinic to disclose (regulatory status, the evidence and its
 * limits, risks including rare tumour formation, alternatives, costs, the clinician's qualifications, the right
 * to withdraw), each citing its source. {@link #render} fills it in for one plan version; the patient reads and
 * signs that rendering, never the template.
 *
 * @param id the document's stable id
 * @param version the document's version; raised whenever its wording changes
 * @param effectiveDate from when this version is used
 * @param title the title shown to the patient
 * @param sections the sections in reading order
 */
public record ConsentDocument(String id, String version, LocalDate effectiveDate, String title,
        List<Section> sections) {

    static final String RESOURCE = "clinical/consent/consent-document.json";

    /** The sections every consent document must have: the disclosures issue #4 and the ISSCR standard name. */
    static final Set<String> REQUIRED_SECTIONS = Set.of("regulatory-status", "evidence", "risks", "alternatives",
            "costs", "voluntary", "signatures");

    /** The placeholders a paragraph may use; {@link ConsentFacts#values()} fills each one. */
    static final Set<String> PLACEHOLDERS = Set.of("patientName", "clinicName", "planId", "versionNumber",
            "condition", "productType", "cellSource", "processing", "sites", "imageGuidance", "dates",
            "rehabilitation", "followUp", "pathwayLabel", "regulatoryFacts", "regulatoryUncertainty",
            "evidenceLevel", "evidenceSummary", "evidenceSources",
            "cost");

    public ConsentDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /**
     * One section: a heading, paragraphs, and the source it rests on.
     *
     * @param id a stable id, e.g. {@code risks}
     * @param heading the heading shown
     * @param paragraphs the paragraphs, some shown only for some pathways or cell sources
     * @param citation where the section's content comes from
     */
    public record Section(String id, String heading, List<Paragraph> paragraphs, Citation citation) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A paragraph template with {@code {placeholders}}, shown only for the pathways and cell sources it names
     * (all, when the set is empty).
     */
    public record Paragraph(String text, Set<RegulatoryPathway> pathways, Set<CellSource> cellSources) {

        public Paragraph {
            pathways = Set.copyOf(pathways);
            cellSources = Set.copyOf(cellSources);
        }

        boolean appliesTo(RegulatoryPathway pathway, CellSource source) {
            return (pathways.isEmpty() || pathways.contains(pathway))
                    && (cellSources.isEmpty() || cellSources.contains(source));
        }
    }

    /**
     * The document shipped with Regenpath.
     *
     * @throws InvalidRuleData when the file is missing, unreadable or incomplete
     */
    public static ConsentDocument fromClasspath() {
        InputStream in = ConsentDocument.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new InvalidRuleData(RESOURCE, "not found on the classpath");
        }
        return ConsentDocumentLoader.load(in, RESOURCE);
    }

    /**
     * The document as the patient reads it for one plan version, with the SHA-256 that links a signature to it
     * and to the version's content (21 CFR 11.70).
     *
     * @param facts what the plan version says, in words
     * @param planContent the plan version's content as stored (its details as JSON)
     */
    public RenderedConsent render(ConsentFacts facts, String planContent) {
        Map<String, String> values = facts.values();
        List<RenderedConsent.Section> rendered = new ArrayList<>();
        for (Section s : sections) {
            List<String> paragraphs = s.paragraphs().stream()
                    .filter(p -> p.appliesTo(facts.pathway(), facts.details().cellSource()))
                    .map(p -> fill(p.text(), values))
                    .toList();
            rendered.add(new RenderedConsent.Section(s.id(), s.heading(), paragraphs, s.citation()));
        }
        return RenderedConsent.of(id, version, effectiveDate, title, rendered, planContent);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = ConsentDocumentLoader.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
