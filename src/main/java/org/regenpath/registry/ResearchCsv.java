package org.regenpath.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.regenpath.product.Measurements;

/**
 * The research export as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, quote or line break
 * quoted): one row per scored scale of each answered questionnaire, the patient's fields repeated on each, and one
 * row with empty answer fields for a treated patient who answered nothing. {@link #DICTIONARY} describes every
 * column; the header is its first column, so the two cannot drift apart.
 */
final class ResearchCsv {

    /**
     * One column of the export.
     *
     * @param name its header
     * @param meaning what it holds
     * @param unit its unit or values
     * @param deidentified how it was de-identified (what Safe Harbor asks of it)
     */
    record Column(String name, String meaning, String unit, String deidentified) {}

    private static final String KEPT = "Kept: not one of the 18 Safe Harbor identifiers";
    private static final String DATE = "The year only (the default, the Safe Harbor rule); or, when the export was"
            + " asked for with shifted dates, the date moved earlier or later by 1 to 182 days, the same for every"
            + " date of the patient so intervals are kept (not Safe Harbor: share it only under a data use"
            + " agreement)";

    static final List<Column> DICTIONARY = List.of(
            new Column("study_id", "The patient's study id, drawn at random for this export only", "text",
                    "Replaces the name, record number and every record id; a new export draws new ids, so rows"
                            + " of two exports cannot be joined by it"),
            new Column("age_at_first_treatment", "Age on the day first treated", "years, or \"90 or older\"",
                    "Date of birth removed; ages over 89 grouped into \"90 or older\""),
            new Column("sex_at_birth", "Sex assigned at birth", "female, male or unknown", KEPT),
            new Column("zip3", "The first three digits of the patient's ZIP code", "three digits",
                    "Full ZIP code removed; 000 for the three-digit areas of 20,000 or fewer people (2000 Census,"
                            + " as HHS lists them); empty when the patient has no US ZIP code"),
            new Column("condition", "The condition treated, as the condition catalog names it", "catalog id",
                    KEPT + "; empty when not known"),
            new Column("cell_source", "Where the first product's cells came from", "code", KEPT),
            new Column("product_type", "What the first product is", "code", KEPT),
            new Column("first_treated", "When the patient was first treated", "year or date (YYYY or YYYY-MM-DD)",
                    DATE),
            new Column("procedures", "How many procedures the patient has had", "count", KEPT),
            new Column("product_volume_ml", "The first product's volume", "mL", KEPT + "; empty when not measured"),
            new Column("total_nucleated_cells", "Total nucleated cells in the first product", "cells",
                    KEPT + "; empty when not measured"),
            new Column("viability_percent", "Viable cells in the first product", "percent",
                    KEPT + "; empty when not measured"),
            new Column("cd34_positive_cells", "CD34+ cells in the first product", "cells",
                    KEPT + "; empty when not measured"),
            new Column("cfu_f", "Colony-forming units, fibroblast, in the first product", "colonies",
                    KEPT + "; empty when not measured"),
            new Column("instrument", "The questionnaire answered", "instrument id", KEPT
                    + "; this and the following columns are empty for a patient who answered nothing"),
            new Column("time_point", "The follow-up time point it was asked for", "baseline, 1m, 3m, 6m, 12m or 24m",
                    KEPT),
            new Column("answered", "When the patient answered", "year or date (YYYY or YYYY-MM-DD)", DATE),
            new Column("answered_late", "Whether the answer came after its time point's window closed",
                    "true or false", KEPT),
            new Column("scale", "The scored scale", "scale id (total, or a subscale)", KEPT),
            new Column("score", "The scale's score as the instrument scores it", "the instrument's units", KEPT
                    + "; free-text answers are never exported"));

    private final Writer out;

    ResearchCsv(Writer out) {
        this.out = out;
    }

    /** Writes the header and the rows; returns how many rows (without the header). */
    int write(List<ResearchDataset.Subject> subjects) {
        row(DICTIONARY.stream().map(Column::name).toList());
        int rows = 0;
        for (ResearchDataset.Subject s : subjects) {
            List<String> patient = patient(s);
            if (s.answers().isEmpty()) {
                List<String> cells = new ArrayList<>(patient);
                cells.addAll(List.of("", "", "", "", "", ""));
                row(cells);
                rows++;
            }
            for (ResearchDataset.Answer a : s.answers()) {
                for (RegistryResponse.Score score : a.scores()) {
                    List<String> cells = new ArrayList<>(patient);
                    cells.addAll(List.of(a.instrumentId(), a.timePointId(), a.answered(),
                            Boolean.toString(a.late()), score.scale(), number(score.value())));
                    row(cells);
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Writes the data dictionary: one row per column of the export. */
    void dictionary() {
        row(List.of("column", "meaning", "unit", "de-identification"));
        DICTIONARY.forEach(c -> row(List.of(c.name(), c.meaning(), c.unit(), c.deidentified())));
    }

    private static List<String> patient(ResearchDataset.Subject s) {
        Measurements d = s.dose();
        return List.of(s.studyId(), s.age(), s.sex(), text(s.zip3()), text(s.conditionId()), s.cellSource().name(),
                s.productType().name(), s.treated(), Integer.toString(s.procedures()), number(d.volumeMl()),
                number(d.totalNucleatedCells()), number(d.viabilityPercent()), number(d.cd34PositiveCells()),
                number(d.cfuF()));
    }

    private void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String number(Object n) {
        if (n == null) {
            return "";
        }
        return n instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : n.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
