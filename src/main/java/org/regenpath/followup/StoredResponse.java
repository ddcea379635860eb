package org.regenpath.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.shared.PatientId;

/**
 * A submitted questionnaire response as stored: the FHIR R4 QuestionnaireResponse JSON exactly as submitted, and
 * its scores.
 *
 * @param id the response
 * @param taskId the task it answers
 * @param patientId whose
 * @param instrumentId the instrument
 * @param timePointId the time point
 * @param answeredOn the day the patient answered: for the portal the day it was submitted, for an answer given on
 *     paper or by phone the day the staff member entering it says (21 CFR 11.10(e): a late entry keeps both times)
 * @param submittedAt when it was entered
 * @param submittedBy who entered it (the patient's or the staff member's display name)
 * @param submittedByRole the submitter's role ({@code PATIENT}, or staff entering a response given by phone)
 * @param late whether it came after the window closed
 * @param resource the QuestionnaireResponse JSON
 * @param scores the score of each scale
 */
public record StoredResponse(long id, long taskId, PatientId patientId, String instrumentId, String timePointId,
        LocalDate answeredOn, Instant submittedAt, String submittedBy, String submittedByRole, boolean late,
        String resource, List<ScaleScore> scores) {

    public StoredResponse {
        scores = List.copyOf(scores);
    }
}
