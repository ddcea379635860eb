package org.regenpath.intake.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.intake.Answer;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreen;
import org.regenpath.intake.HealthScreenInput;
import org.regenpath.shared.InvalidInput;

/** The health-screen form: one YES / NO / UNKNOWN radio group per fact, HbA1c and BMI, two free-text fields, the version. */
public class HealthScreenForm {

    private Map<String, String> answers = new LinkedHashMap<>();
    private String otherMedications = "";
    private String otherConditions = "";
    private String hba1cPercent = "";
    private String bmi = "";
    private String version = "0";

    static HealthScreenForm of(HealthScreen screen) {
        HealthScreenForm form = new HealthScreenForm();
        for (HealthFact fact : HealthFact.values()) {
            form.answers.put(fact.name(), screen.answer(fact).name());
        }
        form.otherMedications = screen.otherMedications() == null ? "" : screen.otherMedications();
        form.otherConditions = screen.otherConditions() == null ? "" : screen.otherConditions();
        form.hba1cPercent = screen.hba1cPercent() == null ? "" : screen.hba1cPercent().toPlainString();
        form.bmi = screen.bmi() == null ? "" : screen.bmi().toPlainString();
        form.version = String.valueOf(screen.version());
        return form;
    }

    /**
     * The answers as entered; a question left unanswered is UNKNOWN.
     *
     * @throws InvalidInput for a value no radio button sends
     */
    HealthScreenInput toInput() {
        Map<HealthFact, Answer> parsed = new EnumMap<>(HealthFact.class);
        for (HealthFact fact : HealthFact.values()) {
            String value = answers.get(fact.name());
            if (value == null || value.isBlank()) {
                parsed.put(fact, Answer.UNKNOWN);
                continue;
            }
            try {
                parsed.put(fact, Answer.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("answers[" + fact.name() + "]", "Answer yes, no or not known");
            }
        }
        return new HealthScreenInput(parsed, otherMedications, otherConditions, decimal(hba1cPercent),
                decimal(bmi));
    }

    /** The numbers that are not numbers, by field, each message saying so (the range is the service's check). */
    Map<String, String> notNumbers() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!isNumber(hba1cPercent)) {
            errors.put("hba1cPercent", "HbA1c is not a number: enter it in percent, e.g. 6.5");
        }
        if (!isNumber(bmi)) {
            errors.put("bmi", "BMI is not a number: enter it in kg/m\u00b2, e.g. 27.4");
        }
        return errors;
    }

    private static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            new BigDecimal(text.strip().replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Blank is not recorded; call only when {@link #notNumbers()} is empty. */
    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }

    public String getHba1cPercent() {
        return hba1cPercent;
    }

    public void setHba1cPercent(String hba1cPercent) {
        this.hba1cPercent = hba1cPercent;
    }

    public String getBmi() {
        return bmi;
    }

    public void setBmi(String bmi) {
        this.bmi = bmi;
    }

    int versionNumber() {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public String getOtherMedications() {
        return otherMedications;
    }

    public void setOtherMedications(String otherMedications) {
        this.otherMedications = otherMedications;
    }

    public String getOtherConditions() {
        return otherConditions;
    }

    public void setOtherConditions(String otherConditions) {
        this.otherConditions = otherConditions;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
