package org.regenpath.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A patient's questionnaire was submitted and scored; the outcomes registry counts it.
 *
 * @param responseId the stored response
 * @param patientId whose
 * @param clinicId the patient's clinic
 * @param instrumentId the instrument
 * @param timePointId the time point ({@code baseline}, {@code 3m}, ...)
 * @param scores the scored scales' values by scale id (scales not scored are left out)
 * @param answeredOn the day the patient answered (the day outcome figures use)
 * @param submittedAt when it was entered
 * @param late whether it came after the window closed
 */
public record QuestionnaireCompleted(long responseId, PatientId patientId, ClinicId clinicId, String instrumentId,
        String timePointId, Map<String, Double> scores, LocalDate answeredOn,
        Instant submittedAt, boolean late) {

    public QuestionnaireCompleted {
        scores = Map.copyOf(scores);
    }
}
