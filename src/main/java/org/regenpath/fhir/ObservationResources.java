package org.regenpath.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.intake.PainCondition;

/**
 * Outcome scores as FHIR R4 Observations (category survey). A scale's code is the instrument's own code where the
 * instrument file carries one (LOINC where it was verified, e.g. 72514-3 for the NRS), and otherwise a code of
 * Regenpath's local instrument code system: no LOINC code is made up. The value is the score as the instrument's
 * scoring rule computed it, with the UCUM unit {@code {score}}.
 */
final class ObservationResources {

    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String UCUM = "http://unitsofmeasure.org";
    /** The instrument whose code the intake's baseline pain score carries. */
    static final String NRS = "nrs-11";

    private ObservationResources() {}

    /** The id of a scale's score in a response: {@code r<response>-<scale>}. */
    static String responseId(long response, String scale) {
        return "r" + response + "-" + scale;
    }

    /** The id of the baseline pain score recorded with a pain condition: {@code c<condition>-nrs}. */
    static String baselineId(long condition) {
        return "c" + condition + "-nrs";
    }

    /** The code of one scale: the instrument's own for its total, a local one for a subscale. */
    static CodeableConcept code(Instrument instrument, ScaleScore score) {
        if (org.regenpath.instrument.Score.TOTAL.equals(score.scale())) {
            return new CodeableConcept().setText(instrument.title()).addCoding(new Coding(instrument.code().system(),
                    instrument.code().code(), instrument.code().display()));
        }
        String label = score.label() == null ? score.scale() : score.label();
        return new CodeableConcept().setText(instrument.shortTitle() + " " + label).addCoding(new Coding(
                org.regenpath.instrument.Coding.LOCAL_SYSTEM, instrument.id() + "-" + score.scale(),
                instrument.shortTitle() + " " + label));
    }

    static Observation score(String id, Instrument instrument, ScaleScore score, java.time.LocalDate answeredOn,
            Instant submittedAt, Reference subject) {
        Observation observation = base(id, subject, submittedAt, code(instrument, score));
        observation.setEffective(FhirTime.dayTime(answeredOn));
        observation.setValue(quantity(BigDecimal.valueOf(score.value())));
        if (score.band() != null) {
            observation.addInterpretation(new CodeableConcept().setText(score.band()));
        }
        return observation;
    }

    /** The pain score (0 to 10) the clinician recorded with the pain condition at intake. */
    static Observation baseline(PainCondition c, Instrument nrs, Reference subject) {
        Observation observation = base(baselineId(c.id()), subject, c.createdAt(), new CodeableConcept()
                .setText(nrs.title() + ", at intake").addCoding(new Coding(nrs.code().system(), nrs.code().code(),
                        nrs.code().display())));
        observation.setEffective(FhirTime.dateTime(c.createdAt()));
        observation.setValue(quantity(BigDecimal.valueOf(c.baselineNrs())));
        if (c.enteredInError()) {
            observation.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        }
        observation.addNote().setText("Recorded with the pain condition: " + c.conditionName() + ", "
                + ConditionResources.site(c) + ".");
        return observation;
    }

    private static Observation base(String id, Reference subject, Instant issued, CodeableConcept code) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.getMeta().setLastUpdatedElement(FhirTime.instant(issued));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, "survey", "Survey")));
        observation.setCode(code);
        observation.setSubject(subject);
        observation.setIssuedElement(FhirTime.instant(issued));
        return observation;
    }

    private static Quantity quantity(BigDecimal value) {
        return new Quantity().setValue(value).setUnit("score").setSystem(UCUM).setCode("{score}");
    }
}
