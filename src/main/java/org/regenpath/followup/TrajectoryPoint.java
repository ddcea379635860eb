package org.regenpath.followup;

import java.time.LocalDate;
import org.regenpath.instrument.ResponderStatus;
import org.regenpath.instrument.ScoreFlag;

/**
 * One time point of an instrument's trajectory for one patient: what was asked, whether and when it was answered,
 * the score, and how it compares with the baseline.
 *
 * @param taskId the task asked
 * @param timePointId the time point ({@code baseline}, {@code 3m}, ...)
 * @param timePointLabel its name
 * @param baseline whether it is the baseline
 * @param dueOn the due date
 * @param state what the task means today (due, overdue, completed, missed, not yet open)
 * @param answeredOn the day the patient answered (for answers entered later by staff, the day they said), or
 *     {@code null}
 * @param late whether it was submitted after its window closed
 * @param scored whether a score could be computed from the answers
 * @param score the score, or {@code null} when not answered or not scored
 * @param band the published band or category (PGIC: the answer), or {@code null}
 * @param note why it was not scored, or how missing items were handled, or {@code null}
 * @param responder the comparison with the baseline (IMMPACT 30 % / 50 %, MCID), or {@code null} for the baseline
 *     itself, an unscored point, a missing baseline score and categorical instruments
 * @param pgicResponder for PGIC, whether the answer is much or very much improved ({@link ScoreFlag#PGIC_RESPONDER});
 *     otherwise {@code null}
 * @param verdict the responder status in words, as the clinician view shows it
 */
public record TrajectoryPoint(long taskId, String timePointId, String timePointLabel, boolean baseline,
        LocalDate dueOn, TaskState state, LocalDate answeredOn, boolean late, boolean scored, Double score,
        String band, String note, ResponderStatus responder, Boolean pgicResponder, String verdict) {

    /** Whether a response was submitted. */
    public boolean answered() {
        return answeredOn != null;
    }

    /** The score for people (at most one decimal), or {@code null} when not scored. */
    public String scoreText() {
        return score == null ? null : Trajectories.number(score);
    }
}
