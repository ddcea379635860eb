package org.regenpath.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.Treatment;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;

/**
 * The add/edit condition form, kept as the text the user typed so that a form with errors shows it again. A
 * fixed number of treatment rows is offered; blank rows are ignored.
 */
public class ConditionForm {

    static final int ROWS = 6;

    /** The most treatments a condition may have (the service's limit), so the most rows a form may post. */
    static final int MAX_ROWS = 20;

    /**
     * Stands in for a number that does not parse: out of every allowed range, so the service always refuses it
     * and nothing is written while the form shows the parse message.
     */
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    private static final Pattern TREATMENT_FIELD = Pattern.compile("^treatments\\[(\\d+)](.*)$");

    private String conditionId = "";
    private String icd10Code = "";
    private String bodySite = "";
    private String laterality = "";
    private String onsetDate = "";
    private String baselineNrs = "";
    private String klGrade = "";
    private String notes = "";
    private String version = "0";
    private List<TreatmentRow> treatments = new ArrayList<>();

    /** One treatment row of the form. */
    public static class TreatmentRow {
        private String category = "";
        private String description = "";
        private String durationWeeks = "";
        private String response = "";
        private String startDate = "";
        private String lastDate = "";
        private String injectionSite = "";

        boolean isBlank() {
            return blank(category) && blank(description) && blank(durationWeeks) && blank(response)
                    && blank(startDate) && blank(lastDate) && blank(injectionSite);
        }

        public String getStartDate() {
            return startDate;
        }

        public void setStartDate(String startDate) {
            this.startDate = startDate;
        }

        public String getLastDate() {
            return lastDate;
        }

        public void setLastDate(String lastDate) {
            this.lastDate = lastDate;
        }

        public String getInjectionSite() {
            return injectionSite;
        }

        public void setInjectionSite(String injectionSite) {
            this.injectionSite = injectionSite;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getDurationWeeks() {
            return durationWeeks;
        }

        public void setDurationWeeks(String durationWeeks) {
            this.durationWeeks = durationWeeks;
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = response;
        }
    }

    /** The parsed input, the parse problems by field, and which form row each treatment came from. */
    record Parsed(ConditionInput input, Map<String, String> errors, List<Integer> rows) {

        /** The service's errors named by form row, with the parse messages (more precise) on top. */
        Map<String, String> merge(Map<String, String> serviceErrors) {
            Map<String, String> merged = new LinkedHashMap<>();
            serviceErrors.forEach((field, message) -> merged.put(toRow(field), message));
            merged.putAll(errors);
            return merged;
        }

        private String toRow(String field) {
            Matcher m = TREATMENT_FIELD.matcher(field);
            if (!m.matches()) {
                return field;
            }
            int index = Integer.parseInt(m.group(1));
            return index < rows.size() ? "treatments[" + rows.get(index) + "]" + m.group(2) : field;
        }
    }

    static ConditionForm blankForm() {
        ConditionForm form = new ConditionForm();
        form.padRows();
        return form;
    }

    static ConditionForm of(PainCondition c) {
        ConditionForm form = new ConditionForm();
        form.conditionId = c.conditionId();
        form.icd10Code = c.icd10Code();
        form.bodySite = c.bodySite();
        form.laterality = c.laterality().name();
        form.onsetDate = c.onsetDate().toString();
        form.baselineNrs = String.valueOf(c.baselineNrs());
        form.klGrade = c.klGrade() == null ? "" : String.valueOf(c.klGrade());
        form.notes = c.notes() == null ? "" : c.notes();
        form.version = String.valueOf(c.version());
        for (Treatment t : c.treatments()) {
            TreatmentRow row = new TreatmentRow();
            row.category = t.category().name();
            row.description = t.description() == null ? "" : t.description();
            row.durationWeeks = String.valueOf(t.durationWeeks());
            row.response = t.response().name();
            row.startDate = t.startDate() == null ? "" : t.startDate().toString();
            row.lastDate = t.lastDate() == null ? "" : t.lastDate().toString();
            row.injectionSite = t.injectionSite() == null ? "" : t.injectionSite();
            form.treatments.add(row);
        }
        form.padRows();
        return form;
    }

    /** Makes sure there are at least {@link #ROWS} rows and, below {@link #MAX_ROWS}, a blank one to add to. */
    void padRows() {
        while (treatments.size() < MAX_ROWS
                && (treatments.size() < ROWS || treatments.stream().noneMatch(TreatmentRow::isBlank))) {
            treatments.add(new TreatmentRow());
        }
    }

    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<TreatmentInput> parsed = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < treatments.size(); i++) {
            TreatmentRow row = treatments.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "treatments[" + i + "].";
            parsed.add(new TreatmentInput(
                    enumValue(TreatmentCategory.class, row.category, at + "category", errors),
                    row.description,
                    number(row.durationWeeks, at + "durationWeeks", errors),
                    enumValue(TreatmentResponse.class, row.response, at + "response", errors),
                    date(row.startDate, at + "startDate", errors), date(row.lastDate, at + "lastDate", errors),
                    emptyToNull(row.injectionSite)));
            rows.add(i);
        }
        Integer kl = blank(klGrade) ? null : number(klGrade, "klGrade", errors);
        ConditionInput input = new ConditionInput(emptyToNull(conditionId), emptyToNull(icd10Code),
                emptyToNull(bodySite), enumValue(Laterality.class, laterality, "laterality", errors),
                date(onsetDate, "onsetDate", errors), number(baselineNrs, "baselineNrs", errors), kl, emptyToNull(notes), parsed);
        return new Parsed(input, errors, rows);
    }

    int versionNumber() {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Not a valid date; use the date picker or yyyy-mm-dd");
            return null;
        }
    }

    private static Integer number(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number");
            return NOT_A_NUMBER;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, Map<String, String> e) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException ex) {
            e.put(field, "Choose one of the options");
            return null;
        }
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getConditionId() {
        return conditionId;
    }

    public void setConditionId(String conditionId) {
        this.conditionId = conditionId;
    }

    public String getIcd10Code() {
        return icd10Code;
    }

    public void setIcd10Code(String icd10Code) {
        this.icd10Code = icd10Code;
    }

    public String getBodySite() {
        return bodySite;
    }

    public void setBodySite(String bodySite) {
        this.bodySite = bodySite;
    }

    public String getLaterality() {
        return laterality;
    }

    public void setLaterality(String laterality) {
        this.laterality = laterality;
    }

    public String getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(String onsetDate) {
        this.onsetDate = onsetDate;
    }

    public String getBaselineNrs() {
        return baselineNrs;
    }

    public void setBaselineNrs(String baselineNrs) {
        this.baselineNrs = baselineNrs;
    }

    public String getKlGrade() {
        return klGrade;
    }

    public void setKlGrade(String klGrade) {
        this.klGrade = klGrade;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<TreatmentRow> getTreatments() {
        return treatments;
    }

    public void setTreatments(List<TreatmentRow> treatments) {
        this.treatments = treatments;
    }
}
