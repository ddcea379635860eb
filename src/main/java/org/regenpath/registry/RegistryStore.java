package org.regenpath.registry;

import java.util.List;
import org.regenpath.shared.ClinicId;

/** The registry's own tables. Writing a row whose key is already there leaves the stored row as it is. */
interface RegistryStore {

    /** Stores the row unless a row with its procedure id exists; true when it was written. */
    boolean saveTreatment(RegistryTreatment row);

    /** Stores the row and its scores unless a row with its response id exists; true when it was written. */
    boolean saveResponse(RegistryResponse row);

    /** Removes the clinic's rows (before a rebuild). */
    void clear(ClinicId clinic);

    /** The clinic's treatments, by procedure id. */
    List<RegistryTreatment> treatments(ClinicId clinic);

    /** The clinic's responses with their scores, by response id. */
    List<RegistryResponse> responses(ClinicId clinic);
}
