package org.regenpath.registry;

import java.time.Instant;
import java.util.Optional;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * What the registry reads of other modules, through their Lookups only. The live feed and the rebuild both build
 * rows through here, so they cannot disagree on how a row is made. Runs inside the caller's transaction.
 */
interface RegistrySources {

    /** The facts a recorded procedure carries (its event, or its record when rebuilding). */
    record Procedure(long procedureId, ClinicId clinicId, PatientId patientId, long planId, String productId,
            Instant performedAt) {}

    /** The procedure's registry row, with its product's and plan's facts; empty when the product is not found. */
    Optional<RegistryTreatment> treatment(Procedure procedure);

    /** The response's registry row with its scored scales; empty when it is not the clinic's. */
    Optional<RegistryResponse> response(ClinicId clinic, long responseId);

    /** The clinic's procedures recorded after the cursor, oldest first. */
    Changes<Procedure> proceduresChangedSince(ClinicId clinic, ChangeCursor cursor, int limit);

    /** The clinic's responses' ids submitted after the cursor, oldest first, each with its row. */
    Changes<RegistryResponse> responsesChangedSince(ClinicId clinic, ChangeCursor cursor, int limit);
}
