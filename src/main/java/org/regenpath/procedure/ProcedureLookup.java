package org.regenpath.procedure;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.shared.ClinicId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads procedure records for a module that authorises the actor and audits what it shows on its own: the recall
 * trace, from a product to the procedure that injected it. It neither authorises nor audits, so it runs only
 * inside the caller's transaction, and only within one clinic.
 */
@Service
public class ProcedureLookup {

    private final ProcedureRecords records;

    ProcedureLookup(ProcedureRecords records) {
        this.records = records;
    }

    /** The clinic's procedure records of these products, by product identifier. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, ProcedureRecord> byProducts(ClinicId clinic, Collection<String> productIds) {
        return records.byProducts(clinic, productIds).stream()
                .collect(Collectors.toMap(ProcedureRecord::productId, Function.identity(), (a, b) -> a));
    }
}
