package org.regenpath.safety;

import java.util.Objects;

/**
 * One adverse event, as the clinic safety counts need it.
 *
 * @param procedureId the procedure it follows, or {@code null} when it is linked to none (it is then left out of
 *     the per-procedure figures, and counted as left out)
 * @param grade the CTCAE grade, 1 to 5, or {@code null} while not yet graded
 * @param serious whether it meets an ICH E2A seriousness criterion (kept apart from the grade)
 * @param detection how the clinic learnt of it
 */
public record SafetyRateEvent(Long procedureId, Integer grade, boolean serious, Detection detection) {

    /** How the clinic learnt of an event: the same names as the adverse event record's detection. */
    public enum Detection {
        SOLICITED_CHECKLIST,
        PATIENT_PORTAL,
        PHONE,
        CLINICIAN_OBSERVED;

        /** Whether the clinic asked for it (a solicited checklist), as opposed to being told or seeing it. */
        public boolean solicited() {
            return this == SOLICITED_CHECKLIST;
        }
    }

    public SafetyRateEvent {
        Objects.requireNonNull(detection, "detection");
        if (grade != null && (grade < 1 || grade > 5)) {
            throw new IllegalArgumentException("A CTCAE grade is 1 to 5, got " + grade);
        }
    }
}
