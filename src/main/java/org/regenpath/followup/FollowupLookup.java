package org.regenpath.followup;

import java.util.Collection;
import java.util.List;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads scored questionnaire responses and follow-up schedules for a module that authorises the actor and audits
 * what it shows on its own (a registry of outcomes, a FHIR facade). It neither authorises nor audits, so it runs
 * only inside the caller's transaction, and only within one clinic: another clinic's rows answer like missing
 * ones (decision 0038).
 */
@Service
public class FollowupLookup {

    private final Responses responses;
    private final FollowupSchedules schedules;
    private final ProblemReports problems;

    FollowupLookup(Responses responses, FollowupSchedules schedules, ProblemReports problems) {
        this.responses = responses;
        this.schedules = schedules;
        this.problems = problems;
    }

    /** The clinic's problem reports among these ids, oldest first (the safety module's triage list shows them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProblemReport> problemReportsByIds(ClinicId clinic, Collection<Long> ids) {
        return problems.byIds(clinic, ids);
    }

    /** The patient's responses in the clinic with their scores, in the order they were answered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredResponse> responsesByPatient(ClinicId clinic, PatientId patient) {
        return responses.byPatient(clinic, patient);
    }

    /** The clinic's responses among these ids, by id; one query for the responses and one for their scores. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredResponse> responsesByIds(ClinicId clinic, Collection<Long> ids) {
        return responses.byIds(clinic, ids);
    }

    /**
     * The clinic's responses submitted after the cursor, oldest first, at most {@code limit}. A response is written
     * once and never changed, so its last change is when it was submitted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Changes<StoredResponse> responsesChangedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return Changes.of(responses.changedSince(clinic, cursor, Changes.limit(limit)), cursor, limit,
                r -> new ChangeCursor(r.submittedAt(), r.id()));
    }

    /** The patient's follow-up schedules in the clinic with every task (cancelled ones too), by schedule id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ScheduleView> schedulesByPatient(ClinicId clinic, PatientId patient) {
        return schedules.views(clinic, patient);
    }
}
