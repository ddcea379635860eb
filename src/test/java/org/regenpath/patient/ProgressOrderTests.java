package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;

/** The in-memory filter and order of the patient list by where patients stand. */
class ProgressOrderTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static PatientView patient(long id) {
        return new PatientView(PatientId.of(id), new ClinicId(1), "MRN-" + id, "Given", "Family" + id,
                LocalDate.of(1960, 1, 1), SexAtBirth.F, null, null, null, Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static final List<PatientView> FOUND = List.of(patient(1), patient(2), patient(3), patient(4),
            patient(5));
    /** 1 knows nothing; 2 eligible, hip; 3 treated, knee, due yesterday; 4 treated, knee, due next month; 5 plan. */
    private static final Map<PatientId, PatientProgress> PROGRESS = Map.of(
            PatientId.of(2), new PatientProgress(PatientStage.ELIGIBLE, TODAY, "Hip osteoarthritis", null),
            PatientId.of(3), new PatientProgress(PatientStage.TREATED, TODAY, "Knee osteoarthritis",
                    TODAY.minusDays(1)),
            PatientId.of(4), new PatientProgress(PatientStage.TREATED, TODAY, "knee osteoarthritis",
                    TODAY.plusMonths(1)),
            PatientId.of(5), new PatientProgress(PatientStage.PLAN_APPROVED, null, null, null));

    private static List<Long> ids(StageFilter stage, String condition, PatientSort sort, boolean descending,
            Paging paging) {
        return ProgressOrder.page(FOUND, PROGRESS, stage, condition, TODAY, sort, descending, paging).items()
                .stream().map(e -> e.patient().id().value()).toList();
    }

    @Test
    void aPatientNoModuleKnowsIsRegistered() {
        assertThat(ids(StageFilter.REGISTERED, null, PatientSort.NAME, false, new Paging(0, 50))).containsExactly(1L);
        assertThat(ids(StageFilter.TREATED, null, PatientSort.NAME, false, new Paging(0, 50)))
                .containsExactly(3L, 4L);
    }

    @Test
    void followUpDueMeansTheNextQuestionnaireIsDueTodayOrPast() {
        assertThat(ids(StageFilter.FOLLOW_UP_DUE, null, PatientSort.NAME, false, new Paging(0, 50)))
                .containsExactly(3L);
        assertThat(StageFilter.FOLLOW_UP_DUE.matches(new PatientProgress(PatientStage.TREATED, null, null, TODAY),
                TODAY)).isTrue();
    }

    @Test
    void filtersByTheConditionInWordsExactly() {
        assertThat(ids(null, "Knee osteoarthritis", PatientSort.NAME, false, new Paging(0, 50))).containsExactly(3L);
    }

    @Test
    void sortsByStageInPathOrderKeepingTheIncomingOrderWithinATie() {
        assertThat(ids(null, null, PatientSort.STAGE, false, new Paging(0, 50))).containsExactly(1L, 2L, 5L, 3L, 4L);
        assertThat(ids(null, null, PatientSort.STAGE, true, new Paging(0, 50))).containsExactly(3L, 4L, 5L, 2L, 1L);
    }

    @Test
    void sortsByConditionAndNextDueWithTheUnknownLastBothWays() {
        assertThat(ids(null, null, PatientSort.CONDITION, false, new Paging(0, 50)))
                .containsExactly(2L, 3L, 4L, 1L, 5L);
        assertThat(ids(null, null, PatientSort.CONDITION, true, new Paging(0, 50)))
                .containsExactly(3L, 4L, 2L, 1L, 5L);
        assertThat(ids(null, null, PatientSort.DUE, false, new Paging(0, 50))).containsExactly(3L, 4L, 1L, 2L, 5L);
        assertThat(ids(null, null, PatientSort.DUE, true, new Paging(0, 50))).containsExactly(4L, 3L, 1L, 2L, 5L);
    }

    @Test
    void pagesTheFilteredRowsAndCountsThemAll() {
        ResultPage<PatientListEntry> second = ProgressOrder.page(FOUND, PROGRESS, null, null, TODAY,
                PatientSort.STAGE, false, new Paging(1, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(e -> e.patient().id().value()).containsExactly(5L, 3L);
        assertThat(ProgressOrder.page(FOUND, PROGRESS, null, null, TODAY, PatientSort.STAGE, false,
                new Paging(7, 2)).items()).isEmpty();
    }
}
