package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.InstrumentItem;

/** The plan of the generated demo history: repeatable from its seed, varied, plausible and labelled. */
class HistoryPlanTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final InstrumentCatalog CATALOG = InstrumentCatalog.load();
    static final List<String> TIME_POINTS = List.of("baseline", "1m", "3m", "6m", "12m", "24m");

    @Test
    void theSameSeedGivesTheSamePatientsAndTheSameAnswers() {
        List<HistoryPlan.Patient> first = HistoryPlan.of(42, 0, 300, TODAY);
        List<HistoryPlan.Patient> again = HistoryPlan.of(42, 0, 300, TODAY);
        assertThat(again).isEqualTo(first);
        for (int i = 0; i < first.size(); i += 7) {
            for (Instrument instrument : CATALOG.instruments()) {
                for (String tp : TIME_POINTS) {
                    assertThat(again.get(i).answers(instrument, tp)).isEqualTo(first.get(i).answers(instrument, tp));
                }
            }
        }
        // A patient does not depend on how many are generated after it.
        assertThat(HistoryPlan.of(42, 0, 10, TODAY)).isEqualTo(first.subList(0, 10));
    }

    @Test
    void anotherSeedOrClinicGivesOtherPatients() {
        List<HistoryPlan.Patient> first = HistoryPlan.of(42, 0, 50, TODAY);
        assertThat(HistoryPlan.of(43, 0, 50, TODAY)).isNotEqualTo(first);
        assertThat(HistoryPlan.of(42, 1, 50, TODAY)).isNotEqualTo(first);
        assertThat(HistoryPlan.of(42, 1, 50, TODAY).get(0).zip()).startsWith("60");
    }

    @Test
    void threeHundredPatientsAreTreatedOverThePastTwoYearsWithAMixOfConditionsProductsAndCourses() {
        List<HistoryPlan.Patient> patients = HistoryPlan.of(20261208, 0, 300, TODAY);
        Set<String> conditions = new HashSet<>();
        Set<HistoryPlan.Product> products = EnumSet.noneOf(HistoryPlan.Product.class);
        Set<HistoryPlan.Course> courses = EnumSet.noneOf(HistoryPlan.Course.class);
        for (HistoryPlan.Patient p : patients) {
            assertThat(p.procedureDay()).isBetween(TODAY.minusDays(HistoryPlan.OLDEST_DAYS),
                    TODAY.minusDays(HistoryPlan.NEWEST_DAYS));
            assertThat(p.family()).startsWith("Generated-");
            assertThat(p.nrs()).isBetween(5, 9);
            assertThat(p.born()).isBefore(p.procedureDay().minusYears(35));
            assertThat(p.cells()).isGreaterThanOrEqualTo(300_000_000L);
            assertThat(p.viability().intValue()).isBetween(75, 97);
            conditions.add(p.condition().id());
            products.add(p.product());
            courses.add(p.course());
        }
        assertThat(conditions).hasSize(HistoryPlan.CONDITIONS.size());
        assertThat(products).containsExactlyInAnyOrder(HistoryPlan.Product.values());
        assertThat(courses).containsExactlyInAnyOrder(HistoryPlan.Course.values());
        long improved = patients.stream().filter(p -> p.course() == HistoryPlan.Course.IMPROVED).count();
        assertThat(improved).as("about two in three improve").isBetween(170L, 220L);
    }

    @Test
    void aboutOneInTenIsLostAtEachFollowUpTimePoint() {
        List<HistoryPlan.Patient> patients = HistoryPlan.of(20261208, 0, 2000, TODAY);
        int stillAnswering = patients.size();
        for (int index = 0; index < HistoryPlan.FOLLOW_UPS.size(); index++) {
            String tp = HistoryPlan.FOLLOW_UPS.get(index) + "m";
            int answering = (int) patients.stream().filter(p -> p.answers(tp)).count();
            double lost = 1 - (double) answering / stillAnswering;
            assertThat(lost).as("lost at %s", tp).isBetween(0.07, 0.13);
            stillAnswering = answering;
        }
        assertThat(patients).allMatch(p -> p.answers("baseline"));
    }

    @Test
    void theCourseShowsInThePainAnswered() {
        Instrument nrs = CATALOG.instrument("nrs-11");
        String item = nrs.questions().get(0).linkId();
        for (HistoryPlan.Patient p : HistoryPlan.of(7, 0, 200, TODAY)) {
            int baseline = p.answers(nrs, "baseline").get(item);
            assertThat(baseline).isBetween(p.nrs() - 1, p.nrs() + 1);
            int twoYears = p.answers(nrs, "24m").get(item);
            switch (p.course()) {
                case IMPROVED -> {
                    assertThat(p.severityAt("6m")).isLessThanOrEqualTo(p.severity() * 0.75 + 1e-9);
                    assertThat(p.severityAt("24m")).isEqualTo(p.severityAt("12m"));
                }
                case UNCHANGED -> assertThat(Math.abs(p.severityAt("6m") - p.severity()))
                        .isLessThanOrEqualTo(p.severity() * 0.075 + 1e-9);
                case RELAPSED -> {
                    assertThat(p.severityAt("24m")).isEqualTo(p.severity());
                    assertThat(p.severityAt("6m")).isLessThan(p.severity());
                    assertThat(twoYears).isBetween(baseline - 2, baseline + 2);
                }
            }
        }
    }

    @Test
    void everyAnswerIsOneTheQuestionAcceptsAndAGlobalImpressionFollowsTheChange() {
        for (HistoryPlan.Patient p : HistoryPlan.of(9, 1, 60, TODAY)) {
            for (Instrument instrument : CATALOG.instruments()) {
                Map<String, Integer> answers = p.answers(instrument, "3m");
                for (InstrumentItem q : instrument.questions()) {
                    if (!q.answerOptions().isEmpty()) {
                        assertThat(q.accepts(answers.get(q.linkId()))).as("%s %s", instrument.id(), q.linkId())
                                .isTrue();
                    }
                }
            }
        }
        assertThat(HistoryPlan.changeCategory(0.8, 0.3, 7)).as("62 %% better: very much improved").isZero();
        assertThat(HistoryPlan.changeCategory(0.8, 0.5, 7)).as("37 %% better: much improved").isEqualTo(1);
        assertThat(HistoryPlan.changeCategory(0.8, 0.8, 7)).as("no change").isEqualTo(3);
        assertThat(HistoryPlan.changeCategory(0.5, 0.7, 7)).as("worse").isEqualTo(4);
    }
}
