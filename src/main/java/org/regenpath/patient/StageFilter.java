package org.regenpath.patient;

import java.time.LocalDate;

/**
 * The stages the patient list filters by: the steps of {@link PatientStage}, and patients whose next follow-up
 * questionnaire is due (its due day is today or past, by the clinic's date).
 */
public enum StageFilter {
    REGISTERED("Registered", PatientStage.REGISTERED),
    ELIGIBLE("Candidacy: eligible", PatientStage.ELIGIBLE),
    NOT_ELIGIBLE("Candidacy: not eligible", PatientStage.NOT_ELIGIBLE),
    PLAN_APPROVED("Plan approved", PatientStage.PLAN_APPROVED),
    TREATED("Treated", PatientStage.TREATED),
    FOLLOW_UP_DUE("Follow-up due", null);

    private final String label;
    private final PatientStage stage;

    StageFilter(String label, PatientStage stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    /** The key used in links and the API ({@code ?stage=plan-approved}). */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The filter named by {@code key}, or null. */
    public static StageFilter ofKey(String key) {
        for (StageFilter s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** Whether a patient who stands at {@code progress} passes, {@code today} being the clinic's date. */
    boolean matches(PatientProgress progress, LocalDate today) {
        if (stage != null) {
            return progress.stage() == stage;
        }
        return progress.nextDue() != null && !progress.nextDue().isAfter(today);
    }
}
