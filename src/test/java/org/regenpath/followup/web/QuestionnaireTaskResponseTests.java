package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.QuestionnaireTask;
import org.regenpath.instrument.AnswerOption;
import org.regenpath.instrument.Coding;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentItem;
import org.regenpath.instrument.ItemTextSource;
import org.regenpath.instrument.ItemType;
import org.regenpath.instrument.Licence;
import org.regenpath.instrument.ScoringSpec;
import org.regenpath.instrument.TextLicence;

/**
 * The API's own opened-task and instrument types read exactly as the module records did, field for field and in
 * order, nested groups and the derived {@code loinc} flag included.
 */
class QuestionnaireTaskResponseTests {

    /** A LOINC-coded instrument with an MCID and a group nesting a question, or a local one with neither. */
    static Instrument instrument(boolean full) {
        if (!full) {
            return new Instrument("odi", null, null, "Oswestry Disability Index (ODI)", null,
                    new Coding(Coding.LOCAL_SYSTEM, "odi", null), null,
                    new Licence(TextLicence.LICENSED, "Licensed from Mapi", ItemTextSource.PLACEHOLDER), "Fairbank 2000",
                    new ScoringSpec("odi", Direction.LOWER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("100"), null,
                            false), List.of());
        }
        InstrumentItem question = new InstrumentItem("nrs-1", ItemType.CHOICE, "Your pain now", true, true, "pain",
                List.of(new AnswerOption("0", "No pain", 0), new AnswerOption("10", "Worst pain", 10)), List.of());
        InstrumentItem group = new InstrumentItem("pain", ItemType.GROUP, "Pain", false, false, null, List.of(),
                List.of(question));
        return new Instrument("nrs-pain", "https://regenpath.org/fhir/Questionnaire/nrs-pain", "NRSPain",
                "Pain intensity (NRS-11)", "1.0", new Coding(Coding.LOINC, "72514-3", "Pain severity"), "Public domain",
                new Licence(TextLicence.REDISTRIBUTABLE, "Free to use", ItemTextSource.BUNDLED), "Hawker 2011",
                new ScoringSpec("nrs", Direction.LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.TEN,
                        TrajectoryResponseTests.MCID, true), List.of(group));
    }

    @Test
    void serialisesAsTheModuleRecordsDid() {
        for (boolean full : new boolean[] {false, true}) {
            QuestionnaireTask task = new QuestionnaireTask(TaskResponseTests.task(full), instrument(full),
                    full ? Map.of("nrs-1", 4) : Map.of());
            ResponseJson.assertReadsAsRecord(QuestionnaireTaskResponse.of(task), task);
        }
        String full = JSON.writeValueAsString(QuestionnaireTaskResponse.of(new QuestionnaireTask(
                TaskResponseTests.task(true), instrument(true), Map.of("nrs-1", 4))));
        assertThat(full).startsWith("{\"task\":{\"id\":302,").endsWith(",\"answers\":{\"nrs-1\":4}}")
                .contains("\"code\":{\"system\":\"http://loinc.org\",\"code\":\"72514-3\",\"display\":\"Pain severity\","
                        + "\"loinc\":true}")
                .contains("\"licence\":{\"terms\":\"REDISTRIBUTABLE\",\"note\":\"Free to use\",\"itemText\":\"BUNDLED\"}")
                .contains("\"items\":[{\"linkId\":\"pain\",\"type\":\"GROUP\"", "\"items\":[{\"linkId\":\"nrs-1\","
                        + "\"type\":\"CHOICE\",\"text\":\"Your pain now\",\"required\":true,\"scored\":true,"
                        + "\"group\":\"pain\",\"answerOptions\":[{\"code\":\"0\",\"display\":\"No pain\",\"ordinal\":0}");
    }
}
