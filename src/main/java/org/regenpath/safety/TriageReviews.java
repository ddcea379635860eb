package org.regenpath.safety;

import java.util.Map;
import java.util.stream.Collectors;
import org.regenpath.followup.ProblemReviews;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the patient portal what the clinic did with each problem report a clinician has looked at (the follow-up
 * module's {@link ProblemReviews} port), in words, never a state name.
 */
@Component
class TriageReviews implements ProblemReviews {

    private final TriageItems items;

    TriageReviews(TriageItems items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ProblemReview> reviews(ClinicId clinic, PatientId patient) {
        return items.byPatient(clinic, patient).stream()
                .filter(i -> i.key().source() == TriageSource.PROBLEM_REPORT && i.state() != TriageState.OPEN)
                .collect(Collectors.toMap(i -> i.key().sourceId(), i -> new ProblemReview(i.decidedAt(),
                        i.describe()), (a, b) -> a));
    }
}
