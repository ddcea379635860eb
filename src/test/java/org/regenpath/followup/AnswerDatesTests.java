package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/** The day a staff entry counts as answered, and the window it lands in. */
class AnswerDatesTests {

    static final LocalDate PROCEDURE = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    static final PlannedTask ONE_MONTH = new PlannedTask("1m", "1 month", false, 1, 100, "nrs-11",
            LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 8));
    static final PlannedTask BASELINE = new PlannedTask("baseline", "Baseline", true, 0, 0, "nrs-11",
            LocalDate.of(2026, 10, 20), PROCEDURE, PROCEDURE);

    @Test
    void anAnswerGivenTwoDaysBeforeItWasEnteredCountsInTheWindowOfThatDay() {
        LocalDate answered = AnswerDates.enteredByStaff(TODAY.minusDays(2), TODAY, ONE_MONTH, PROCEDURE);
        assertThat(answered).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(AnswerDates.late(ONE_MONTH, answered)).isFalse();
        assertThat(AnswerDates.late(ONE_MONTH, TODAY)).as("entered today, answered today: late").isTrue();
    }

    @Test
    void theDayIsRequiredNotInTheFutureNotBeforeTheProcedureAndABaselineNotAfterIt() {
        refused(null, ONE_MONTH, "Enter the day");
        refused(TODAY.plusDays(1), ONE_MONTH, "future");
        refused(PROCEDURE.minusDays(1), ONE_MONTH, "before the procedure");
        refused(PROCEDURE.plusDays(1), BASELINE, "not be a baseline");
        assertThat(AnswerDates.enteredByStaff(PROCEDURE, TODAY, ONE_MONTH, PROCEDURE)).isEqualTo(PROCEDURE);
        assertThat(AnswerDates.early(ONE_MONTH, PROCEDURE)).as("before the window: allowed, shown").isTrue();
    }

    private static void refused(LocalDate given, PlannedTask task, String message) {
        assertThatThrownBy(() -> AnswerDates.enteredByStaff(given, TODAY, task, PROCEDURE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("answeredOn").hasValueSatisfying(new org.assertj.core.api.Condition<>(
                                v -> v.contains(message), message)));
    }
}
