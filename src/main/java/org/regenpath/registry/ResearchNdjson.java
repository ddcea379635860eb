package org.regenpath.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.regenpath.product.Measurements;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The research export as FHIR R4 NDJSON (one resource per line, as FHIR Bulk Data writes it): per patient a
 * {@code Patient} with only what Safe Harbor allows (administrative gender from sex at birth, the three-digit ZIP
 * area, the grouped age as an extension; no name, identifier, birth date, telecom or address line), a
 * {@code Procedure} for the first treatment (performed as a year or a shifted date, with the product's type, cell
 * source and dose figures as extensions) and an {@code Observation} per scored scale. Resource ids are the study id
 * and its suffixes. Written with Jackson in the shape of R4 resources.
 */
final class ResearchNdjson {

    static final String EXTENSION = "urn:regenpath:research-export:";
    static final String INSTRUMENT_SYSTEM = "urn:regenpath:instrument";
    static final String CONDITION_SYSTEM = "urn:regenpath:condition";

    /**
     * How many resources of each type were written.
     *
     * @param patients Patient resources
     * @param procedures Procedure resources
     * @param observations Observation resources
     */
    record Counts(int patients, int procedures, int observations) {

        int lines() {
            return patients + procedures + observations;
        }
    }

    private final Writer out;
    private final JsonMapper json = JsonMapper.builder().build();

    ResearchNdjson(Writer out) {
        this.out = out;
    }

    Counts write(Iterable<ResearchDataset.Subject> subjects, ResearchDataset.Dates dates) {
        int patients = 0;
        int procedures = 0;
        int observations = 0;
        for (ResearchDataset.Subject s : subjects) {
            line(patient(s, dates));
            patients++;
            line(procedure(s));
            procedures++;
            int n = 0;
            for (ResearchDataset.Answer a : s.answers()) {
                for (RegistryResponse.Score score : a.scores()) {
                    line(observation(s, a, score, ++n));
                    observations++;
                }
            }
        }
        return new Counts(patients, procedures, observations);
    }

    private ObjectNode patient(ResearchDataset.Subject s, ResearchDataset.Dates dates) {
        ObjectNode p = resource("Patient", s.studyId());
        ObjectNode tag = p.putObject("meta").putArray("tag").addObject();
        tag.put("system", EXTENSION + "method");
        tag.put("code", dates == ResearchDataset.Dates.YEAR ? "safe-harbor" : "safe-harbor-with-shifted-dates");
        p.put("gender", s.sex());
        if (s.zip3() != null) {
            ObjectNode address = p.putArray("address").addObject();
            address.put("postalCode", s.zip3());
            address.put("country", "US");
        }
        extension(p.putArray("extension"), "age-at-first-treatment").put("valueString", s.age());
        return p;
    }

    private ObjectNode procedure(ResearchDataset.Subject s) {
        ObjectNode p = resource("Procedure", s.studyId() + "-procedure");
        p.put("status", "completed");
        p.putObject("code").put("text", s.productType().label());
        subject(p, s);
        p.put("performedDateTime", s.treated());
        if (s.conditionId() != null) {
            ObjectNode coding = p.putArray("reasonCode").addObject().putArray("coding").addObject();
            coding.put("system", CONDITION_SYSTEM);
            coding.put("code", s.conditionId());
        }
        ArrayNode ext = p.putArray("extension");
        extension(ext, "product-type").put("valueCode", s.productType().name());
        extension(ext, "cell-source").put("valueCode", s.cellSource().name());
        extension(ext, "procedures").put("valueInteger", s.procedures());
        Measurements d = s.dose();
        decimal(ext, "product-volume-ml", d.volumeMl());
        decimal(ext, "total-nucleated-cells", d.totalNucleatedCells() == null ? null
                : BigDecimal.valueOf(d.totalNucleatedCells()));
        decimal(ext, "viability-percent", d.viabilityPercent());
        decimal(ext, "cd34-positive-cells", d.cd34PositiveCells() == null ? null
                : BigDecimal.valueOf(d.cd34PositiveCells()));
        decimal(ext, "cfu-f", d.cfuF() == null ? null : BigDecimal.valueOf(d.cfuF()));
        return p;
    }

    private ObjectNode observation(ResearchDataset.Subject s, ResearchDataset.Answer a, RegistryResponse.Score score,
            int n) {
        ObjectNode o = resource("Observation", s.studyId() + "-score-" + n);
        o.put("status", "final");
        ObjectNode category = o.putArray("category").addObject().putArray("coding").addObject();
        category.put("system", "http://terminology.hl7.org/CodeSystem/observation-category");
        category.put("code", "survey");
        ObjectNode code = o.putObject("code");
        ObjectNode coding = code.putArray("coding").addObject();
        coding.put("system", INSTRUMENT_SYSTEM);
        coding.put("code", a.instrumentId() + "/" + score.scale());
        code.put("text", a.instrumentId() + " " + score.scale());
        subject(o, s);
        o.put("effectiveDateTime", a.answered());
        o.putObject("valueQuantity").put("value", score.value());
        ArrayNode ext = o.putArray("extension");
        extension(ext, "time-point").put("valueString", a.timePointId());
        extension(ext, "answered-late").put("valueBoolean", a.late());
        return o;
    }

    private ObjectNode resource(String type, String id) {
        ObjectNode r = json.createObjectNode();
        r.put("resourceType", type);
        r.put("id", id);
        return r;
    }

    private static void subject(ObjectNode r, ResearchDataset.Subject s) {
        r.putObject("subject").put("reference", "Patient/" + s.studyId());
    }

    private static ObjectNode extension(ArrayNode extensions, String name) {
        ObjectNode e = extensions.addObject();
        e.put("url", EXTENSION + name);
        return e;
    }

    private static void decimal(ArrayNode extensions, String name, BigDecimal value) {
        if (value != null) {
            extension(extensions, name).put("valueDecimal", value);
        }
    }

    private void line(ObjectNode resource) {
        try {
            out.write(json.writeValueAsString(resource));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
