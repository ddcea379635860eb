package org.regenpath.patient;

import java.time.LocalDate;

/**
 * Where one patient stands, as the patient list shows it: what a module that works with the patient knows,
 * merged over all such modules ({@link PatientProgressSource}). Any part may be {@code null}.
 *
 * @param stage the furthest step reached
 * @param since the day that step was reached
 * @param condition the pain condition being treated, in words
 * @param nextDue the day the next follow-up questionnaire is due
 */
public record PatientProgress(PatientStage stage, LocalDate since, String condition, LocalDate nextDue) {

    /** A patient no module knows anything about yet. */
    public static final PatientProgress NONE = new PatientProgress(PatientStage.REGISTERED, null, null, null);

    /** This and {@code other} together: the further stage, the condition and the next due day either knows. */
    public PatientProgress merge(PatientProgress other) {
        boolean further = other.stage != null && (stage == null || other.stage.ordinal() > stage.ordinal());
        return new PatientProgress(further ? other.stage : stage, further ? other.since : since,
                condition != null ? condition : other.condition,
                nextDue == null || other.nextDue != null && other.nextDue.isBefore(nextDue) ? other.nextDue : nextDue);
    }

    /** What the care team does next, in words; {@code null} when nothing is outstanding. */
    public String nextStep() {
        if (nextDue != null) {
            return "Follow-up questionnaire due";
        }
        if (stage == null) {
            return null;
        }
        return switch (stage) {
            case REGISTERED -> "Candidacy screening";
            case ELIGIBLE -> "Treatment plan";
            case PLAN_APPROVED -> "Collection and procedure";
            case NOT_ELIGIBLE, TREATED -> null;
        };
    }
}
