package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Fixtures;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.Score;
import org.regenpath.instrument.Threshold;
import org.regenpath.shared.PatientId;

/** A patient's trajectories: baseline, MCID threshold line, responder status at each follow-up, and honest counts. */
class TrajectoriesTests {

    static final LocalDate PROCEDURE = LocalDate.of(2026, 1, 15);

    final List<TaskView> tasks = new ArrayList<>();
    final Map<Long, StoredResponse> responses = new HashMap<>();

    /** A task at a time point; answered with {@code answers} unless null. */
    TaskView task(String timePoint, int months, String instrument, TaskState state, Map<String, Integer> answers,
            boolean late) {
        long id = tasks.size() + 1L;
        boolean baseline = months == 0;
        LocalDate due = PROCEDURE.plusMonths(months);
        TaskStatus status = switch (state) {
            case COMPLETED -> TaskStatus.COMPLETED;
            case CANCELLED -> TaskStatus.CANCELLED;
            case MISSED -> TaskStatus.MISSED;
            default -> TaskStatus.PENDING;
        };
        Instant submitted = answers == null ? null : due.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        TaskView t = new TaskView(id, 1, timePoint, timePoint, baseline, instrument,
                Fixtures.CATALOG.instrument(instrument).title(), due.minusDays(7), due, due.plusDays(14), status,
                state, null, answers == null ? null : id, submitted, submitted == null ? null : due, null, late, false, 0);
        tasks.add(t);
        if (answers != null) {
            responses.put(id, new StoredResponse(id, id, PatientId.of(1), instrument, timePoint, due, submitted,
                    "coordinator", "COORDINATOR", late, "{}", Fixtures.CATALOG.score(instrument, answers).scales()));
        }
        return t;
    }

    ScheduleTrajectory build() {
        ScheduleView schedule = new ScheduleView(1, PatientId.of(1), 1, "Knee osteoarthritis", "knee-oa",
                "Knee osteoarthritis", "default", "Default", PROCEDURE, PROCEDURE, null, 0, tasks, List.of());
        return Trajectories.of(schedule, responses, Fixtures.CATALOG);
    }

    static InstrumentTrajectory only(ScheduleTrajectory s, String instrument, String scale) {
        return s.instruments().stream().filter(i -> i.instrumentId().equals(instrument) && i.scale().equals(scale))
                .findFirst().orElseThrow();
    }

    static Map<String, Integer> nrs(int value) {
        return Fixtures.answers("nrs-11", value);
    }

    @Test
    void painFromEightToFourReachesBothImmpactThresholdsAndTheMcid() {
        task("baseline", 0, "nrs-11", TaskState.COMPLETED, nrs(8), false);
        task("1m", 1, "nrs-11", TaskState.COMPLETED, nrs(7), true);
        task("3m", 3, "nrs-11", TaskState.COMPLETED, nrs(4), false);
        task("6m", 6, "nrs-11", TaskState.OVERDUE, null, false);
        task("12m", 12, "nrs-11", TaskState.UPCOMING, null, false);
        task("24m", 24, "nrs-11", TaskState.UPCOMING, null, false);
        task("24m", 24, "peg-3", TaskState.CANCELLED, null, false);

        InstrumentTrajectory nrs = only(build(), "nrs-11", Score.TOTAL);
        assertThat(nrs.baselineScore()).isEqualTo(8.0);
        assertThat(nrs.mcidThreshold()).isEqualTo(6.0);
        assertThat(nrs.responses()).isEqualTo(3);
        assertThat(nrs.timePointsOpened()).isEqualTo(4);
        assertThat(nrs.summary()).isEqualTo("Answered at 3 of 4 time points so far (n = 3); 2 still to come.");
        assertThat(nrs.points()).extracting(TrajectoryPoint::score).containsExactly(8.0, 7.0, 4.0, null, null, null);

        TrajectoryPoint oneMonth = nrs.points().get(1);
        assertThat(oneMonth.late()).isTrue();
        assertThat(oneMonth.responder().thirtyPercent()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(oneMonth.responder().mcid()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(oneMonth.verdict()).isEqualTo("Improved 1 (12.5 %): ≥30 % not reached, ≥50 % not reached; "
                + "MCID 2 not reached");

        TrajectoryPoint threeMonths = nrs.points().get(2);
        assertThat(threeMonths.responder().percentImprovement()).isEqualByComparingTo("50");
        assertThat(threeMonths.responder().thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(threeMonths.responder().fiftyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(threeMonths.responder().mcid()).isEqualTo(Threshold.REACHED);
        assertThat(threeMonths.verdict()).isEqualTo("Improved 4 (50 %): ≥30 % reached, ≥50 % reached; MCID 2 reached");

        assertThat(nrs.points().get(0).responder()).isNull();
        assertThat(nrs.points().get(0).verdict()).isEqualTo("Baseline");
        assertThat(nrs.points().get(3).verdict()).isEqualTo("Overdue");
        assertThat(nrs.points().get(4).verdict()).isEqualTo("Not yet open");
        assertThat(build().instruments()).extracting(InstrumentTrajectory::instrumentId).containsExactly("nrs-11");
    }

    /**
     * PEG scores are thirds; a response row keeps them to three decimals (20/3 as 6.667, 14/3 as 4.667). The screen
     * must decide on the exact scores: every pair of PEG sums, against whole-number arithmetic on the sums.
     */
    @Test
    void pegResponderStatusFromStoredScoresIsExactAtEveryPairOfSums() {
        for (int base = 0; base <= 30; base++) {
            for (int follow = 0; follow <= 30; follow++) {
                tasks.clear();
                responses.clear();
                task("baseline", 0, "peg-3", TaskState.COMPLETED, Fixtures.summingTo("peg-3", base, 10), false);
                task("3m", 3, "peg-3", TaskState.COMPLETED, Fixtures.summingTo("peg-3", follow, 10), false);
                responses.replaceAll((id, r) -> new StoredResponse(r.id(), r.taskId(), r.patientId(),
                        r.instrumentId(), r.timePointId(), r.answeredOn(), r.submittedAt(), r.submittedBy(), r.submittedByRole(),
                        r.late(), r.resource(), r.scores().stream().map(TrajectoriesTests::asRowKeepsIt).toList()));
                ResponderStatus status = only(build(), "peg-3", Score.TOTAL).points().get(1).responder();
                String pair = base + " -> " + follow;
                assertThat(status.thirtyPercent()).as(pair).isEqualTo(base == 0 ? Threshold.NOT_APPLICABLE
                        : 10 * (base - follow) >= 3 * base ? Threshold.REACHED : Threshold.NOT_REACHED);
                assertThat(status.fiftyPercent()).as(pair).isEqualTo(base == 0 ? Threshold.NOT_APPLICABLE
                        : 2 * (base - follow) >= base ? Threshold.REACHED : Threshold.NOT_REACHED);
            }
        }
    }

    /** A score as followup_response_score keeps it: numeric(9, 3), no raw sum. */
    private static ScaleScore asRowKeepsIt(ScaleScore s) {
        Double value = s.value() == null ? null
                : java.math.BigDecimal.valueOf(s.value()).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
        return new ScaleScore(s.scale(), s.label(), s.status(), value, null, s.answered(), s.itemCount(), s.band(),
                s.provenance(), s.note());
    }

    @Test
    void aLowBaselineLeavesNoReachableMcidLineAndWorseningIsSaidSo() {
        task("baseline", 0, "nrs-11", TaskState.COMPLETED, nrs(1), false);
        task("1m", 1, "nrs-11", TaskState.COMPLETED, nrs(3), false);
        InstrumentTrajectory nrs = only(build(), "nrs-11", Score.TOTAL);
        assertThat(nrs.mcidThreshold()).isNull();
        assertThat(nrs.thresholdNote()).contains("cannot be reached");
        assertThat(nrs.points().get(1).verdict()).startsWith("Worse by 2 (200 %)");
    }

    @Test
    void withoutABaselineScoreNoResponderStatusIsClaimed() {
        task("baseline", 0, "nrs-11", TaskState.MISSED, null, false);
        task("3m", 3, "nrs-11", TaskState.COMPLETED, nrs(2), false);
        InstrumentTrajectory nrs = only(build(), "nrs-11", Score.TOTAL);
        assertThat(nrs.baselineScore()).isNull();
        assertThat(nrs.mcidThreshold()).isNull();
        assertThat(nrs.points().get(0).verdict()).isEqualTo("Missed");
        assertThat(nrs.points().get(1).responder()).isNull();
        assertThat(nrs.points().get(1).verdict()).isEqualTo("No baseline score to compare with");
    }

    @Test
    void koosHasOneTrajectoryPerSubscaleAndAnUnscoredSubscaleIsCountedAsSuch() {
        Map<String, Integer> baseline = Fixtures.all("koos", 2);
        Map<String, Integer> followUp = new HashMap<>(Fixtures.all("koos", 1));
        Fixtures.CATALOG.instrument("koos").questionsIn("qol").forEach(q -> followUp.remove(q.linkId()));
        task("baseline", 0, "koos", TaskState.COMPLETED, baseline, false);
        task("3m", 3, "koos", TaskState.COMPLETED, followUp, false);
        ScheduleTrajectory s = build();
        assertThat(s.instruments()).extracting(InstrumentTrajectory::scale)
                .containsExactly("symptoms", "pain", "adl", "sport-rec", "qol");
        InstrumentTrajectory pain = only(s, "koos", "pain");
        assertThat(pain.name()).isEqualTo("KOOS (Knee injury and Osteoarthritis Outcome Score) · Pain");
        assertThat(pain.points()).extracting(TrajectoryPoint::score).containsExactly(50.0, 75.0);
        assertThat(pain.mcid()).isNull();
        assertThat(pain.thresholdNote()).contains("no verified single MCID");
        assertThat(pain.points().get(1).verdict()).isEqualTo("Improved 25: no verified MCID");
        InstrumentTrajectory qol = only(s, "koos", "qol");
        assertThat(qol.points().get(1).scored()).isFalse();
        assertThat(qol.points().get(1).verdict()).isEqualTo("Not scored");
        assertThat(qol.summary()).isEqualTo("Answered at 2 of 2 time points so far (n = 2); 1 answered but not scored.");
    }

    @Test
    void pgicIsAResponderWhenMuchOrVeryMuchImproved() {
        String item = Fixtures.CATALOG.instrument("pgic").questions().get(0).linkId();
        task("1m", 1, "pgic", TaskState.COMPLETED, Map.of(item, 2), false);
        task("3m", 3, "pgic", TaskState.COMPLETED, Map.of(item, 3), false);
        InstrumentTrajectory pgic = only(build(), "pgic", Score.TOTAL);
        assertThat(pgic.chartable()).isFalse();
        assertThat(pgic.points()).extracting(TrajectoryPoint::pgicResponder).containsExactly(true, false);
        assertThat(pgic.points().get(0).verdict()).isEqualTo("Responder: much improved");
        assertThat(pgic.points().get(1).verdict()).isEqualTo("Not a responder: minimally improved");
        assertThat(pgic.points()).allSatisfy(p -> assertThat(p.responder()).isNull());
    }

    @Test
    void nothingOpenedYetIsSaidPlainly() {
        task("1m", 1, "nrs-11", TaskState.UPCOMING, null, false);
        assertThat(only(build(), "nrs-11", Score.TOTAL).summary())
                .isEqualTo("No time point has opened yet; 1 still to come.");
    }
}
