package org.regenpath.followup;

import java.time.Instant;
import java.util.Map;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A port the patient portal reads to tell a patient that the clinic looked at each problem they reported, and what
 * it did. The safety module owns the triage of reports and implements it; follow-up may not depend on safety (safety
 * listens to follow-up's {@link ProblemReported}), so the dependency points the other way. Without an
 * implementation the portal lists the reports without a review.
 */
public interface ProblemReviews {

    /**
     * What the clinic did with the patient's reports it has looked at, by report id; a report not yet looked at is
     * absent. The caller authorised the patient and audits the read.
     */
    Map<Long, ProblemReview> reviews(ClinicId clinic, PatientId patient);

    /**
     * The clinic's look at one report.
     *
     * @param lookedAt when a clinician decided
     * @param whatWasDone what the clinic did, in words for the patient (never a state name)
     */
    record ProblemReview(Instant lookedAt, String whatWasDone) {}
}
