package org.regenpath.registry;

import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns one source fact into one registry row; the live feed and the rebuild both go through it, so the rows they
 * write are made the same way. Runs in the caller's transaction (the Lookups require one).
 */
@Component
class RegistryProjection {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryProjection.class);

    private final RegistrySources sources;
    private final RegistryStore store;

    RegistryProjection(RegistrySources sources, RegistryStore store) {
        this.sources = sources;
        this.store = store;
    }

    /** Stores the procedure's row unless it is there; false when it was there or its product was not found. */
    boolean procedure(RegistrySources.Procedure procedure) {
        Optional<RegistryTreatment> row = sources.treatment(procedure);
        if (row.isEmpty()) {
            LOG.warn("Registry: procedure {} names product {}, which its clinic does not have; no row written",
                    procedure.procedureId(), procedure.productId());
        }
        return row.map(store::saveTreatment).orElse(false);
    }

    /** Stores the response's row unless it is there; false when it was there or is not the clinic's. */
    boolean response(ClinicId clinic, long responseId) {
        return sources.response(clinic, responseId).map(store::saveResponse).orElse(false);
    }

    /** Stores a response row read while rebuilding. */
    boolean response(RegistryResponse row) {
        return store.saveResponse(row);
    }
}
