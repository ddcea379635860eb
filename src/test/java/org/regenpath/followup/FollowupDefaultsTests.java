package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenpath.instrument.Fixtures;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.QuestionnaireFormatException;

/** Default instrument sets per condition and the default schedule templates, as data. */
class FollowupDefaultsTests {

    private static final FollowupDefaults DEFAULTS = FollowupDefaults.load();

    @ParameterizedTest
    @CsvSource({
        "knee-oa, MUSCULOSKELETAL, knee-oa, CONDITION, 'nrs-11,koos-jr,peg-3,pgic,phq-9', default",
        "hip-oa, MUSCULOSKELETAL, hip-oa, CONDITION, 'nrs-11,hoos-jr,phq-9', default",
        "ddd-lumbar, SPINAL, low-back, CONDITION, 'nrs-11,odi,phq-9', ichom-low-back",
        "low-back-pain, SPINAL, low-back, CONDITION, 'nrs-11,odi,phq-9', ichom-low-back",
        "ddd-cervical, SPINAL, neck, CONDITION, 'nrs-11,ndi,phq-9', default",
        "neck-pain, SPINAL, neck, CONDITION, 'nrs-11,ndi,phq-9', default",
        "diabetic-neuropathy, NEUROPATHIC, neuropathic, CATEGORY, 'nrs-11,peg-3,phq-9', default",
        "shoulder-oa, MUSCULOSKELETAL, general, CATEGORY, 'nrs-11,peg-3,pgic,phq-9', default",
        "inflammatory-arthritis, INFLAMMATORY, general, CATEGORY, 'nrs-11,peg-3,pgic,phq-9', default"})
    void conditionsGetTheirStandardSet(String condition, String category, String set, SetChoice.MatchedBy by,
            String instruments, String schedule) {
        SetChoice choice = DEFAULTS.setFor(condition, category);
        assertThat(choice.set().id()).isEqualTo(set);
        assertThat(choice.matchedBy()).isEqualTo(by);
        assertThat(choice.set().instrumentIds()).containsExactly(instruments.split(","));
        assertThat(choice.set().scheduleTemplateId()).isEqualTo(schedule);
        assertThat(choice.set().source()).isNotBlank();
    }

    @Test
    void aNewSpinalConditionFallsBackToTheLowBackSetAndAnUnknownCategoryToTheGeneralSet() {
        assertThat(DEFAULTS.setFor("thoracic-pain", "SPINAL").set().id()).isEqualTo("low-back");
        SetChoice unknown = DEFAULTS.setFor("something-new", null);
        assertThat(unknown.set().id()).isEqualTo("general");
        assertThat(unknown.matchedBy()).isEqualTo(SetChoice.MatchedBy.DEFAULT);
    }

    @Test
    void everyPatientAnswersPhq9AtBaselineAndTwelveMonthsOnly() {
        InstrumentSet knee = DEFAULTS.setFor("knee-oa", null).set();
        ScheduleTemplate schedule = DEFAULTS.scheduleTemplate("default");
        assertThat(schedule.timePoints()).filteredOn(p -> knee.instrumentsAt(p).contains("phq-9"))
                .extracting(TimePoint::id).containsExactly("baseline", "12m");
        assertThat(DEFAULTS.instrumentSets()).allSatisfy(s -> assertThat(s.instrumentIds()).contains("phq-9"));
    }

    @Test
    void pgicIsAskedAtFollowUpsOnlyBecauseItAsksAboutChangeSinceTreatment() {
        InstrumentSet knee = DEFAULTS.setFor("knee-oa", null).set();
        ScheduleTemplate schedule = DEFAULTS.scheduleTemplate("default");
        assertThat(knee.instrumentsAt(schedule.timePoint("baseline").orElseThrow()))
                .containsExactly("nrs-11", "koos-jr", "peg-3", "phq-9");
        assertThat(knee.instrumentsAt(schedule.timePoint("3m").orElseThrow()))
                .containsExactly("nrs-11", "koos-jr", "peg-3", "pgic");
    }

    @Test
    void defaultAndIchomLowBackTemplatesHaveTheIssuesTimePoints() {
        assertThat(DEFAULTS.scheduleTemplate("default").timePoints()).extracting(TimePoint::offsetMonths)
                .containsExactly(0, 1, 3, 6, 12, 24);
        assertThat(DEFAULTS.scheduleTemplate("ichom-low-back").timePoints()).extracting(TimePoint::offsetMonths)
                .containsExactly(0, 3, 6, 12, 24);
        assertThat(DEFAULTS.scheduleTemplates()).allSatisfy(t -> {
            assertThat(t.windowsAreExampleDefaults()).as("no named source fixes window widths").isTrue();
            assertThat(t.timePoints().get(0).baseline()).isTrue();
        });
    }

    @Test
    void windowsAreComputedFromTheProcedureDate() {
        LocalDate procedure = LocalDate.of(2026, 1, 31);
        ScheduleTemplate schedule = DEFAULTS.scheduleTemplate("default");
        TimePoint baseline = schedule.timePoint("baseline").orElseThrow();
        assertThat(baseline.opens(procedure)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(baseline.closes(procedure)).isEqualTo(procedure);
        TimePoint oneMonth = schedule.timePoint("1m").orElseThrow();
        assertThat(oneMonth.due(procedure)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(oneMonth.opens(procedure)).isEqualTo(LocalDate.of(2026, 2, 21));
        assertThat(oneMonth.closes(procedure)).isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void anInvalidTimePointOrTemplateIsRefused() {
        assertThatThrownBy(() -> new TimePoint("baseline", "b", true, 1, 30, 0))
                .hasMessageContaining("due on the procedure day");
        assertThatThrownBy(() -> new TimePoint("0m", "x", false, 0, 1, 1)).hasMessageContaining("at least a month");
        TimePoint base = new TimePoint("baseline", "b", true, 0, 30, 0);
        TimePoint six = new TimePoint("6m", "6", false, 6, 1, 1);
        TimePoint three = new TimePoint("3m", "3", false, 3, 1, 1);
        assertThatThrownBy(() -> new ScheduleTemplate("t", "t", "s", true, java.util.List.of(base, six, three)))
                .hasMessageContaining("must follow one another");
        assertThatThrownBy(() -> new ScheduleTemplate("t", "t", "s", true, java.util.List.of(six)))
                .hasMessageContaining("must start with its baseline");
    }

    private static final String SCHEDULES = """
            {"note": "n", "templates": [{"id": "default", "label": "d", "source": "s",
              "windowsAreExampleDefaults": true, "timePoints": [
                {"id": "baseline", "label": "b", "baseline": true, "offsetMonths": 0, "windowDaysBefore": 30,
                 "windowDaysAfter": 0},
                {"id": "3m", "label": "3", "offsetMonths": 3, "windowDaysBefore": 7, "windowDaysAfter": 7}]}]}
            """;

    private static String sets(String instrument, String at, String schedule) {
        return """
                {"source": "s", "everyPatient": [],
                 "sets": [{"id": "general", "label": "g", "source": "s", "schedule": "%s",
                   "instruments": [{"instrument": "%s", "at": %s}]}],
                 "byCategory": {}, "defaultSet": "general"}
                """.formatted(schedule, instrument, at);
    }

    @Test
    void malformedSetsFailWithAClearMessage() {
        var schedules = Fixtures.json(FollowupDefaults.SCHEDULES, SCHEDULES);
        assertThat(FollowupDefaults.of(schedules, Fixtures.json(FollowupDefaults.SETS,
                sets("nrs-11", "\"every-time-point\"", "default"))).instrumentSets()).hasSize(1);
        assertThatThrownBy(() -> FollowupDefaults.of(schedules, Fixtures.json(FollowupDefaults.SETS,
                sets("womac", "\"every-time-point\"", "default"))))
                .isInstanceOf(QuestionnaireFormatException.class)
                .hasMessageContaining("instrument-sets.json").hasMessageContaining("unknown instrument \"womac\"");
        assertThatThrownBy(() -> FollowupDefaults.of(schedules, Fixtures.json(FollowupDefaults.SETS,
                sets("phq-9", "[\"baseline\", \"12m\"]", "default"))))
                .hasMessageContaining("asks phq-9 at 12m, which schedule default does not have");
        assertThatThrownBy(() -> FollowupDefaults.of(schedules, Fixtures.json(FollowupDefaults.SETS,
                sets("nrs-11", "\"every-time-point\"", "weekly"))))
                .hasMessageContaining("unknown schedule \"weekly\"");
        assertThatThrownBy(() -> FollowupDefaults.of(schedules, Fixtures.json(FollowupDefaults.SETS,
                sets("nrs-11", "\"sometimes\"", "default"))))
                .hasMessageContaining("use every-time-point, follow-ups or a list of time point ids");
    }

    @Test
    void everyShippedInstrumentWithLicensedWordingNamesAReplacementThatShipsItsWording() {
        InstrumentCatalog withoutLicensedText = InstrumentCatalog.load();
        for (InstrumentSet set : DEFAULTS.instrumentSets()) {
            for (PlannedInstrument p : set.instruments()) {
                if (!withoutLicensedText.answerable(p.instrumentId())) {
                    assertThat(p.whenWordingNotInstalled()).as(set.id() + " " + p.instrumentId()).isNotNull();
                    assertThat(withoutLicensedText.answerable(p.whenWordingNotInstalled())).isTrue();
                }
            }
        }
    }
}
