package org.regenpath.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads pain conditions and candidacy decisions for a module that authorises the actor and audits what it shows on
 * its own (a registry, a FHIR facade, the safety module). It neither authorises nor audits, so it runs only inside
 * the caller's transaction, and only within one clinic: another clinic's rows answer like missing ones
 * (decision 0038).
 */
@Service
public class IntakeLookup {

    private final PainConditions conditions;
    private final ProfileReader reader;
    private final CandidacyDecisions decisions;
    private final JsonMapper json;

    IntakeLookup(PainConditions conditions, ProfileReader reader, CandidacyDecisions decisions, JsonMapper json) {
        this.conditions = conditions;
        this.reader = reader;
        this.decisions = decisions;
        this.json = json;
    }

    /**
     * The patient's pain conditions in the clinic, entered-in-error ones too, by onset; one query for the
     * conditions and one for their treatments.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PainCondition> conditionsByPatient(ClinicId clinic, PatientId patient) {
        return conditions.byPatient(clinic, patient).stream().map(reader::view).toList();
    }

    /** The clinic's pain condition, entered-in-error too, or empty when it is another clinic's or there is none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PainCondition> conditionById(ClinicId clinic, long id) {
        return conditions.byId(clinic, id).map(reader::view);
    }

    /** The patient's candidacy decisions in the clinic, newest first (the first is the current one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CandidacyDecision> decisionsByPatient(ClinicId clinic, PatientId patient) {
        return decisions.byPatient(clinic, patient).stream().map(this::view).toList();
    }

    /** The clinic's candidacy decisions among these ids, by id, in one query; other clinics' ids are left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CandidacyDecision> decisionsByIds(ClinicId clinic, Collection<Long> ids) {
        return decisions.byIds(clinic, ids).stream().map(this::view).toList();
    }

    /**
     * The clinic's candidacy decisions recorded after the cursor, oldest first, at most {@code limit}. Decisions
     * are append-only, so a decision's last change is when it was decided.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Changes<CandidacyDecision> decisionsChangedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return Changes.of(decisions.changedSince(clinic, cursor, Changes.limit(limit)).stream().map(this::view)
                .toList(), cursor, limit, d -> new ChangeCursor(d.decidedAt(), d.id()));
    }

    private CandidacyDecision view(CandidacyDecisions.Row row) {
        return CandidacyScreening.view(json, row);
    }
}
