package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.regenpath.safety.SafetyRateEvent.Detection.CLINICIAN_OBSERVED;
import static org.regenpath.safety.SafetyRateEvent.Detection.PATIENT_PORTAL;
import static org.regenpath.safety.SafetyRateEvent.Detection.PHONE;
import static org.regenpath.safety.SafetyRateEvent.Detection.SOLICITED_CHECKLIST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.SafetyRateRow.Collection;
import org.regenpath.safety.SafetyRateRow.Grouping;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * The grouping and the denominators, against hand-counted numerators and Wilson bounds computed independently: the
 * 1/29 and 0/20 bounds are Newcombe's published values (Stat Med 1998;17:857-872, table II, method 3), the others
 * were computed with the Wilson formula outside this code base (Python, z = 1.959963984540054).
 */
class SafetyRatesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final String MARROW = SafetyRates.label(CellSource.AUTOLOGOUS_BONE_MARROW,
            ProductType.BONE_MARROW_CONCENTRATE);
    static final String ADIPOSE = SafetyRates.label(CellSource.AUTOLOGOUS_ADIPOSE,
            ProductType.MICROFRAGMENTED_ADIPOSE);
    static final String CORD = SafetyRates.label(CellSource.ALLOGENEIC_UMBILICAL_CORD,
            ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT);

    /**
     * 29 marrow procedures, all with a checklist answered, the first followed by two solicited events (grades 1 and
     * 2) and one portal report (grade 1); 20 adipose procedures in October, none answered, no events; 2 cord
     * procedures, answered, each followed by a serious grade 3 event told by phone or seen by a clinician; one
     * event linked to no procedure and one to a procedure not in the list.
     */
    static SafetyRateTable clinic() {
        List<SafetyRateProcedure> procedures = new ArrayList<>();
        for (long id = 1; id <= 29; id++) {
            procedures.add(new SafetyRateProcedure(id, CellSource.AUTOLOGOUS_BONE_MARROW,
                    ProductType.BONE_MARROW_CONCENTRATE, LocalDate.of(2026, 11, 1), true));
        }
        for (long id = 101; id <= 120; id++) {
            procedures.add(new SafetyRateProcedure(id, CellSource.AUTOLOGOUS_ADIPOSE,
                    ProductType.MICROFRAGMENTED_ADIPOSE, LocalDate.of(2026, 10, (int) (id - 100)), false));
        }
        procedures.add(new SafetyRateProcedure(201, CellSource.ALLOGENEIC_UMBILICAL_CORD,
                ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT, LocalDate.of(2026, 11, 20), true));
        procedures.add(new SafetyRateProcedure(202, CellSource.ALLOGENEIC_UMBILICAL_CORD,
                ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT, LocalDate.of(2026, 11, 21), true));
        List<SafetyRateEvent> events = List.of(
                new SafetyRateEvent(1L, 1, false, SOLICITED_CHECKLIST),
                new SafetyRateEvent(1L, 2, false, SOLICITED_CHECKLIST),
                new SafetyRateEvent(1L, 1, false, PATIENT_PORTAL),
                new SafetyRateEvent(201L, 3, true, PHONE),
                new SafetyRateEvent(202L, 3, true, CLINICIAN_OBSERVED),
                new SafetyRateEvent(null, 2, false, PHONE),
                new SafetyRateEvent(999L, 1, false, PATIENT_PORTAL));
        return SafetyRates.count(procedures, events, TODAY);
    }

    @Test
    void perCellSourceAndProductEachGroupCountsItsOwnProceduresAndSolicitedOnlyThoseAnswered() {
        SafetyRateTable table = clinic();
        assertThat(table.procedures()).isEqualTo(51);
        assertRow(table, Grouping.CELL_SOURCE_AND_PRODUCT, MARROW, Collection.SOLICITED, 1, 29, 2, 0.0061, 0.1718);
        assertRow(table, Grouping.CELL_SOURCE_AND_PRODUCT, MARROW, Collection.PASSIVE, 1, 29, 1, 0.0061, 0.1718);
        // One procedure with three events is one procedure followed by an event, not three.
        assertRow(table, Grouping.CELL_SOURCE_AND_PRODUCT, MARROW, Collection.EITHER, 1, 29, 3, 0.0061, 0.1718);
        assertRow(table, Grouping.CELL_SOURCE_AND_PRODUCT, ADIPOSE, Collection.PASSIVE, 0, 20, 0, 0.0, 0.1611);
        // Every cord procedure was followed by an event: numerator = n.
        assertRow(table, Grouping.CELL_SOURCE_AND_PRODUCT, CORD, Collection.PASSIVE, 2, 2, 2, 0.3424, 1.0);
        assertRow(table, Grouping.CELL_SOURCE_AND_PRODUCT, CORD, Collection.SOLICITED, 0, 2, 0, 0.0, 0.6576);
    }

    @Test
    void aGroupWithNoChecklistAnsweredHasNoSolicitedRateRatherThanZero() {
        SafetyRateRow row = row(clinic(), Grouping.CELL_SOURCE_AND_PRODUCT, ADIPOSE, Collection.SOLICITED);
        assertThat(row.procedures()).isZero();
        assertThat(row.withEvent()).isZero();
        assertThat(row.perHundred()).isNull();
        assertThat(row.interval().lower()).isNull();
        assertThat(row.upperPerHundred()).isNull();
    }

    @Test
    void gradeRowsAreOutOfAllProceduresForPassiveAndAnsweredOnesForSolicited() {
        SafetyRateTable table = clinic();
        assertRow(table, Grouping.GRADE, "Grade 1", Collection.SOLICITED, 1, 31, 1, 0.0057, 0.1619);
        assertRow(table, Grouping.GRADE, "Grade 1", Collection.PASSIVE, 1, 51, 1, 0.0035, 0.1030);
        assertRow(table, Grouping.GRADE, "Grade 2", Collection.SOLICITED, 1, 31, 1, 0.0057, 0.1619);
        assertRow(table, Grouping.GRADE, "Grade 3", Collection.PASSIVE, 2, 51, 2, 0.0108, 0.1322);
        assertRow(table, Grouping.GRADE, "Grade 3", Collection.SOLICITED, 0, 31, 0, 0.0, 0.1103);
        assertRow(table, Grouping.GRADE, "Grade 5", Collection.EITHER, 0, 51, 0, 0.0, 0.0700);
        assertThat(table.rows(Grouping.GRADE)).extracting(SafetyRateRow::group).containsSubsequence("Grade 1",
                "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Not yet graded");
    }

    @Test
    void seriousnessRowsCountSeriousEventsWhateverTheirGrade() {
        SafetyRateTable table = clinic();
        assertRow(table, Grouping.SERIOUSNESS, "Serious", Collection.PASSIVE, 2, 51, 2, 0.0108, 0.1322);
        assertRow(table, Grouping.SERIOUSNESS, "Serious", Collection.SOLICITED, 0, 31, 0, 0.0, 0.1103);
        assertRow(table, Grouping.SERIOUSNESS, "Not serious", Collection.EITHER, 1, 51, 3, 0.0035, 0.1030);
    }

    @Test
    void theRowsShowThePerHundredFigures() {
        SafetyRateRow row = row(clinic(), Grouping.SERIOUSNESS, "Serious", Collection.PASSIVE);
        assertThat(row.perHundred()).isCloseTo(3.92, within(0.01));
        assertThat(row.lowerPerHundred()).isCloseTo(1.08, within(0.01));
        assertThat(row.upperPerHundred()).isCloseTo(13.22, within(0.01));
    }

    @Test
    void eventsLinkedToNoListedProcedureAreCountedAsLeftOut() {
        assertThat(clinic().eventsLeftOut()).isEqualTo(2);
    }

    @Test
    void proceduresWithoutAChecklistAnswerAndTheDaysSinceTheLastAreReported() {
        SafetyRateTable.Unanswered unanswered = clinic().unanswered();
        assertThat(unanswered.count()).isEqualTo(20);
        assertThat(unanswered.lastOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(unanswered.daysSince()).isEqualTo(49);
    }

    @Test
    void aClinicWithNoProceduresHasNoRatesAndNothingUnanswered() {
        SafetyRateTable table = SafetyRates.count(List.of(), List.of(), TODAY);
        assertThat(table.rows(Grouping.CELL_SOURCE_AND_PRODUCT)).isEmpty();
        assertThat(table.rows(Grouping.GRADE)).hasSize(6 * 3)
                .allSatisfy(r -> assertThat(r.interval().defined()).isFalse());
        assertThat(table.unanswered().count()).isZero();
        assertThat(table.unanswered().lastOn()).isNull();
        assertThat(table.unanswered().daysSince()).isNull();
    }

    @Test
    void aSolicitedEventAfterAProcedureWithNoAnswerOrADuplicateProcedureIsRefused() {
        SafetyRateProcedure p = new SafetyRateProcedure(1, CellSource.AUTOLOGOUS_ADIPOSE,
                ProductType.MICROFRAGMENTED_ADIPOSE, TODAY, false);
        assertThatThrownBy(() -> SafetyRates.count(List.of(p),
                List.of(new SafetyRateEvent(1L, 1, false, SOLICITED_CHECKLIST)), TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no checklist answer");
        assertThatThrownBy(() -> SafetyRates.count(List.of(p, p), List.of(), TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new SafetyRateEvent(1L, 6, false, PHONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5");
    }

    private static void assertRow(SafetyRateTable table, Grouping grouping, String group, Collection collection,
            int withEvent, int procedures, int events, double lower, double upper) {
        SafetyRateRow row = row(table, grouping, group, collection);
        String what = group + " / " + collection;
        assertThat(row.withEvent()).as(what + " numerator").isEqualTo(withEvent);
        assertThat(row.procedures()).as(what + " procedures").isEqualTo(procedures);
        assertThat(row.events()).as(what + " events").isEqualTo(events);
        assertThat(row.interval().lower()).as(what + " lower").isCloseTo(lower, within(0.00005));
        assertThat(row.interval().upper()).as(what + " upper").isCloseTo(upper, within(0.00005));
    }

    private static SafetyRateRow row(SafetyRateTable table, Grouping grouping, String group, Collection collection) {
        return table.rows(grouping).stream().filter(r -> r.group().equals(group) && r.collection() == collection)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + group + " / " + collection));
    }
}
