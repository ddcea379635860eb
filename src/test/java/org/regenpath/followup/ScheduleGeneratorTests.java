package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.InstrumentCatalog;

/** Dated tasks from an instrument set and a schedule template (issue #5, item 3). */
class ScheduleGeneratorTests {

    private static final FollowupDefaults DEFAULTS = FollowupDefaults.load();
    private static final InstrumentSet KNEE = DEFAULTS.setFor("knee-oa", "MUSCULOSKELETAL").set();
    private static final InstrumentSet LOW_BACK = DEFAULTS.setFor("ddd-lumbar", "SPINAL").set();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** As with every licensed wording installed. */
    private static final Predicate<String> ALL = id -> true;
    /** The shipped catalog without a licensed-text folder: ODI and NDI show placeholders. */
    private static final InstrumentCatalog NO_LICENSED_TEXT = InstrumentCatalog.load();

    @Test
    void theBaselineAsksEveryBaselineInstrumentOpenFromTodayUntilThePlannedProcedure() {
        LocalDate procedure = TODAY.plusDays(10);
        List<PlannedTask> tasks = ScheduleGenerator.baseline(KNEE, DEFAULTS.scheduleTemplate("default"), procedure,
                TODAY, ALL);
        assertThat(tasks).extracting(PlannedTask::instrumentId).containsExactly("nrs-11", "koos-jr", "peg-3",
                "phq-9");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.baseline()).isTrue();
            assertThat(t.opensOn()).isEqualTo(TODAY);
            assertThat(t.dueOn()).isEqualTo(procedure);
            assertThat(t.closesOn()).isNull();
        });
    }

    @Test
    void aBaselineFarAheadOpensThirtyDaysBeforeTheProcedureAndAPastPlannedDateIsDueToday() {
        LocalDate procedure = TODAY.plusDays(90);
        PlannedTask far = ScheduleGenerator.baseline(KNEE, DEFAULTS.scheduleTemplate("default"), procedure, TODAY, ALL)
                .get(0);
        assertThat(far.opensOn()).isEqualTo(procedure.minusDays(30));
        PlannedTask late = ScheduleGenerator.baseline(KNEE, DEFAULTS.scheduleTemplate("default"),
                TODAY.minusDays(3), TODAY, ALL).get(0);
        assertThat(late.dueOn()).isEqualTo(TODAY);
        assertThat(ScheduleGenerator.baseline(KNEE, DEFAULTS.scheduleTemplate("default"), null, TODAY, ALL).get(0)
                .dueOn()).isEqualTo(TODAY);
    }

    @Test
    void followUpsComeAtOneThreeSixTwelveAndTwentyFourMonthsWithTheirWindows() {
        LocalDate procedure = LocalDate.of(2026, 1, 31);
        List<PlannedTask> tasks = ScheduleGenerator.followUps(KNEE, DEFAULTS.scheduleTemplate("default"), procedure,
                ALL);
        assertThat(tasks).extracting(PlannedTask::timePointId).containsOnly("1m", "3m", "6m", "12m", "24m");
        assertThat(tasks.stream().filter(t -> t.instrumentId().equals("pgic")))
                .extracting(PlannedTask::timePointId).containsExactly("1m", "3m", "6m", "12m", "24m");
        assertThat(tasks.stream().filter(t -> t.instrumentId().equals("phq-9")))
                .extracting(PlannedTask::timePointId).containsExactly("12m");
        PlannedTask oneMonth = tasks.get(0);
        assertThat(oneMonth.dueOn()).as("31 January plus a month is the last day of February")
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(oneMonth.opensOn()).isEqualTo(LocalDate.of(2026, 2, 21));
        assertThat(oneMonth.closesOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(tasks).extracting(PlannedTask::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void lowBackPainFollowsTheIchomTimePoints() {
        List<PlannedTask> tasks = ScheduleGenerator.followUps(LOW_BACK,
                DEFAULTS.scheduleTemplate(LOW_BACK.scheduleTemplateId()), TODAY, ALL);
        assertThat(tasks).extracting(PlannedTask::timePointId).containsOnly("3m", "6m", "12m", "24m");
        assertThat(tasks.stream().filter(t -> t.timePointId().equals("3m")))
                .extracting(PlannedTask::instrumentId).containsExactly("nrs-11", "odi");
    }

    @Test
    void noShippedSetEverSchedulesAnInstrumentWhoseWordingIsNotInstalled() {
        assertThat(NO_LICENSED_TEXT.answerable("odi")).isFalse();
        assertThat(NO_LICENSED_TEXT.answerable("ndi")).isFalse();
        for (InstrumentSet set : DEFAULTS.instrumentSets()) {
            ScheduleTemplate template = DEFAULTS.scheduleTemplate(set.scheduleTemplateId());
            List<PlannedTask> tasks = new java.util.ArrayList<>(ScheduleGenerator.baseline(set, template, TODAY,
                    TODAY, NO_LICENSED_TEXT::answerable));
            tasks.addAll(ScheduleGenerator.followUps(set, template, TODAY, NO_LICENSED_TEXT::answerable));
            assertThat(tasks).as(set.id()).isNotEmpty()
                    .allSatisfy(t -> assertThat(NO_LICENSED_TEXT.answerable(t.instrumentId()))
                            .as(set.id() + " asks " + t.instrumentId() + " at " + t.timePointId()).isTrue());
        }
    }

    @Test
    void withoutLicensedWordingLowBackAndNeckAskTheirNamedReplacementInstead() {
        List<PlannedTask> back = ScheduleGenerator.baseline(LOW_BACK,
                DEFAULTS.scheduleTemplate(LOW_BACK.scheduleTemplateId()), TODAY, TODAY, NO_LICENSED_TEXT::answerable);
        assertThat(back).extracting(PlannedTask::instrumentId).containsExactly("nrs-11", "peg-3", "phq-9");
        InstrumentSet neck = DEFAULTS.setFor("neck-pain", "SPINAL").set();
        List<PlannedTask> neckTasks = ScheduleGenerator.followUps(neck, DEFAULTS.scheduleTemplate("default"), TODAY,
                NO_LICENSED_TEXT::answerable);
        assertThat(neckTasks.stream().filter(t -> t.timePointId().equals("3m")))
                .extracting(PlannedTask::instrumentId).containsExactly("nrs-11", "peg-3");
        assertThat(ScheduleGenerator.baseline(LOW_BACK, DEFAULTS.scheduleTemplate(LOW_BACK.scheduleTemplateId()),
                TODAY, TODAY, ALL)).extracting(PlannedTask::instrumentId).containsExactly("nrs-11", "odi", "phq-9");
    }

    @Test
    void anInstrumentWithoutWordingAndWithoutReplacementIsLeftOutAndAReplacementAlreadyAskedIsNotRepeated() {
        TimePoint baseline = DEFAULTS.scheduleTemplate("default").timePoints().get(0);
        InstrumentSet set = new InstrumentSet("s", "S", "test", "default", List.of(
                new PlannedInstrument("peg-3", Administer.EVERY_TIME_POINT, java.util.Set.of()),
                new PlannedInstrument("odi", Administer.EVERY_TIME_POINT, java.util.Set.of(), "peg-3"),
                new PlannedInstrument("ndi", Administer.EVERY_TIME_POINT, java.util.Set.of())));
        assertThat(set.instrumentsAt(baseline, NO_LICENSED_TEXT::answerable)).containsExactly("peg-3");
        assertThat(NO_LICENSED_TEXT.notSentBecause("odi")).hasValueSatisfying(why -> assertThat(why)
                .contains("odi.text.json", "regenpath.followup.licensed-text-dir"));
        assertThat(NO_LICENSED_TEXT.notSentBecause("nrs-11")).isEmpty();
    }
}
