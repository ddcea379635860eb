package org.regenpath.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.Responders;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.ScoreFlag;
import org.regenpath.instrument.ScoringSpec;
import org.regenpath.instrument.Threshold;

/**
 * Builds a schedule's trajectories from its tasks and their responses: per instrument and scale, every time point
 * asked with its score, the baseline, the MCID threshold line and the responder status of each follow-up against
 * the baseline ({@link Responders}; PGIC by its answer, {@link ScoreFlag#PGIC_RESPONDER}). Pure.
 */
final class Trajectories {

    private Trajectories() {}

    /** {@link #of(ScheduleView, Map, InstrumentCatalog, ZoneId)} for a clinic on UTC. */
    static ScheduleTrajectory of(ScheduleView schedule, Map<Long, StoredResponse> responsesByTask,
            InstrumentCatalog catalog) {
        return of(schedule, responsesByTask, catalog, ZoneOffset.UTC);
    }

    /**
     * The trajectories of one schedule; cancelled tasks are left out, tasks kept from an earlier protocol are in.
     * The day an answer was submitted is its date in the clinic's zone.
     */
    static ScheduleTrajectory of(ScheduleView schedule, Map<Long, StoredResponse> responsesByTask,
            InstrumentCatalog catalog, ZoneId zone) {
        Map<String, List<TaskView>> byInstrument = new LinkedHashMap<>();
        schedule.activeTasks().forEach(t -> byInstrument.computeIfAbsent(t.instrumentId(), k -> new ArrayList<>())
                .add(t));
        List<InstrumentTrajectory> out = new ArrayList<>();
        byInstrument.forEach((instrumentId, tasks) -> {
            Instrument instrument = catalog.instrument(instrumentId);
            // Scoring no answers yields every scale of the instrument, each "not scored", with its label.
            for (ScaleScore scale : catalog.score(instrumentId, Map.of()).scales()) {
                out.add(trajectory(instrument, scale.scale(), scale.label(), tasks, responsesByTask, zone));
            }
        });
        return new ScheduleTrajectory(schedule.id(), schedule.conditionName(), schedule.instrumentSetLabel(),
                schedule.procedureDate(), out);
    }

    private static InstrumentTrajectory trajectory(Instrument instrument, String scale, String label,
            List<TaskView> tasks, Map<Long, StoredResponse> responses, ZoneId zone) {
        ScoringSpec spec = instrument.scoring();
        ScaleScore baselineScore = tasks.stream().filter(TaskView::baseline)
                .map(t -> scoreOf(responses.get(t.id()), scale)).filter(s -> s != null && s.isScored()).findFirst()
                .orElse(null);
        Double baseline = baselineScore == null ? null : baselineScore.value();
        ExactScore exactBaseline = baselineScore == null ? null : ExactScore.of(instrument, baselineScore);
        List<TrajectoryPoint> points = tasks.stream()
                .map(t -> point(instrument, t, responses.get(t.id()), scale, exactBaseline, zone)).toList();
        int opened = (int) points.stream().filter(p -> p.state() != TaskState.UPCOMING).count();
        int answered = (int) points.stream().filter(TrajectoryPoint::answered).count();
        int scored = (int) points.stream().filter(TrajectoryPoint::scored).count();
        Double threshold = null;
        String thresholdNote = null;
        if (spec.mcid() == null) {
            thresholdNote = instrument.title() + " has no verified single MCID, so no threshold line is drawn.";
        } else if (baseline == null) {
            thresholdNote = "No baseline score, so no MCID threshold line.";
        } else {
            BigDecimal line = spec.direction() == Direction.LOWER_IS_BETTER
                    ? BigDecimal.valueOf(baseline).subtract(spec.mcid().value())
                    : BigDecimal.valueOf(baseline).add(spec.mcid().value());
            if (line.compareTo(spec.min()) < 0 || line.compareTo(spec.max()) > 0) {
                thresholdNote = "The baseline (" + number(baseline) + ") is within the MCID ("
                        + spec.mcid().value().toPlainString() + ") of the best possible score: the MCID cannot be "
                        + "reached.";
            } else {
                threshold = line.doubleValue();
            }
        }
        return new InstrumentTrajectory(instrument.id(), instrument.title(), scale, label, spec.direction(),
                spec.min(), spec.max(), spec.mcid(), baseline, threshold, thresholdNote, opened, points.size(),
                answered, scored, summary(opened, points.size(), answered, scored), points);
    }

    /** "Answered at 3 of 5 time points so far (n = 3); 1 still to come." — a patient's counts, not statistics. */
    static String summary(int opened, int scheduled, int answered, int scored) {
        StringBuilder s = new StringBuilder();
        if (opened == 0) {
            s.append("No time point has opened yet");
        } else {
            s.append("Answered at ").append(answered).append(" of ").append(opened).append(" time point")
                    .append(opened == 1 ? "" : "s").append(" so far (n = ").append(answered).append(')');
        }
        if (scored < answered) {
            s.append("; ").append(answered - scored).append(" answered but not scored");
        }
        int toCome = scheduled - opened;
        if (toCome > 0) {
            s.append("; ").append(toCome).append(" still to come");
        }
        return s.append('.').toString();
    }

    /** One time point; its responder status is decided on the exact scores, never on the rounded stored ones. */
    private static TrajectoryPoint point(Instrument instrument, TaskView task, StoredResponse response, String scale,
            ExactScore baseline, ZoneId zone) {
        ScaleScore score = scoreOf(response, scale);
        boolean scored = score != null && score.isScored();
        Double value = scored ? score.value() : null;
        ResponderStatus responder = null;
        Boolean pgic = null;
        String verdict;
        if (response == null) {
            verdict = task.state().label();
        } else if (!scored) {
            verdict = "Not scored";
        } else if (task.baseline()) {
            verdict = "Baseline";
        } else if (instrument.scoring().direction() == Direction.NOT_ORDERED) {
            pgic = Responders.pgicResponder(value);
            verdict = (pgic ? "Responder: " : "Not a responder: ") + answerText(instrument, value);
        } else if (baseline == null) {
            verdict = "No baseline score to compare with";
        } else {
            responder = Responders.assess(instrument, baseline, ExactScore.of(instrument, score));
            verdict = verdict(responder);
        }
        return new TrajectoryPoint(task.id(), task.timePointId(), task.timePointLabel(), task.baseline(),
                task.dueOn(), task.state(), response == null ? null : response.answeredOn(),
                response != null && response.late(), scored, value, score == null ? null : score.band(),
                score == null ? null : score.note(), responder, pgic, verdict);
    }

    /** The answer chosen on a single-item categorical instrument, in the instrument's words. */
    private static String answerText(Instrument instrument, double ordinal) {
        return instrument.scoredQuestions().get(0).answerOptions().stream().filter(o -> o.ordinal() == ordinal)
                .map(o -> o.display().toLowerCase(java.util.Locale.ROOT)).findFirst().orElse("answer " + ordinal);
    }

    /** E.g. "Improved 4 (50 %): ≥30 % reached, ≥50 % reached; MCID 2 reached". */
    static String verdict(ResponderStatus r) {
        int sign = r.improvement().signum();
        StringBuilder s = new StringBuilder(sign > 0 ? "Improved " + number(r.improvement())
                : sign < 0 ? "Worse by " + number(r.improvement().negate()) : "No change");
        if (r.percentImprovement() != null && sign != 0) {
            s.append(" (").append(number(r.percentImprovement().abs())).append(" %)");
        }
        List<String> parts = new ArrayList<>();
        if (r.thirtyPercent() != Threshold.NOT_APPLICABLE) {
            parts.add("≥30 % " + words(r.thirtyPercent()) + ", ≥50 % " + words(r.fiftyPercent()));
        }
        parts.add(r.mcidUsed() == null ? "no verified MCID"
                : "MCID " + r.mcidUsed().value().toPlainString() + " " + words(r.mcid()));
        return s.append(": ").append(String.join("; ", parts)).toString();
    }

    private static String words(Threshold t) {
        return switch (t) {
            case REACHED -> "reached";
            case NOT_REACHED -> "not reached";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    private static ScaleScore scoreOf(StoredResponse response, String scale) {
        if (response == null) {
            return null;
        }
        return response.scores().stream().filter(s -> s.scale().equals(scale)).findFirst().orElse(null);
    }

    /** A score for people: at most one decimal, no trailing zeros. */
    static String number(double value) {
        return number(BigDecimal.valueOf(value));
    }

    static String number(BigDecimal value) {
        return Responders.number(value);
    }
}
