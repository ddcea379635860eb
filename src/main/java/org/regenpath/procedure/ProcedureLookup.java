package org.regenpath.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads procedure records for a module that authorises the actor and audits what it shows on its own: the recall
 * trace, from a product to the procedure that injected it. It neither authorises nor audits, so it runs only
 * inside the caller's transaction, and only within one clinic (decision 0038: the registry, a FHIR facade and the
 * safety module read records in batches, by page and by what changed since a cursor).
 */
@Service
public class ProcedureLookup {

    private final ProcedureRecords records;

    ProcedureLookup(ProcedureRecords records) {
        this.records = records;
    }

    /** The clinic's record, or empty when it is another clinic's or there is none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ProcedureRecord> byId(ClinicId clinic, long id) {
        return records.byIds(clinic, List.of(id)).stream().findFirst();
    }

    /** The clinic's records among these ids, by id; one query for the records and one for their sites. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProcedureRecord> byIds(ClinicId clinic, Collection<Long> ids) {
        return records.byIds(clinic, ids);
    }

    /** The patient's records in the clinic, by when they were performed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProcedureRecord> byPatient(ClinicId clinic, PatientId patient) {
        return records.byPatient(clinic, patient);
    }

    /** One page of the clinic's records, in the order they were written, with the total. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultPage<ProcedureRecord> page(ClinicId clinic, Paging paging) {
        return new ResultPage<>(records.page(clinic, paging.offset(), paging.size()), paging.page(), paging.size(),
                records.count(clinic));
    }

    /**
     * The clinic's records written after the cursor, oldest first, at most {@code limit}. A record is written once
     * and never changed, so its last change is when it was recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Changes<ProcedureRecord> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return Changes.of(records.changedSince(clinic, cursor, Changes.limit(limit)), cursor, limit,
                r -> new ChangeCursor(r.recordedAt(), r.id()));
    }

    /** The clinic's procedure records of these products, by product identifier. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, ProcedureRecord> byProducts(ClinicId clinic, Collection<String> productIds) {
        return records.byProducts(clinic, productIds).stream()
                .collect(Collectors.toMap(ProcedureRecord::productId, Function.identity(), (a, b) -> a));
    }
}
