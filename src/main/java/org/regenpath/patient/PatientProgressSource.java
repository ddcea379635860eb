package org.regenpath.patient;

import java.util.Collection;
import java.util.Map;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A port the patient list reads where patients stand through, implemented by the modules that know it (intake,
 * planning, procedure, follow-up), which depend on the patient registry and not the other way round. Like a
 * {@code *Lookup}: scoped to one clinic, run in the caller's transaction, no authorization or audit of its own.
 */
public interface PatientProgressSource {

    /** What this module knows of each of {@code patients}; patients it knows nothing of are left out. */
    Map<PatientId, PatientProgress> progressOf(ClinicId clinic, Collection<PatientId> patients);

    /**
     * What this module knows of every patient of the clinic, in one query (or a few): for the patient list when it is
     * filtered or sorted by where patients stand.
     */
    Map<PatientId, PatientProgress> progressOfClinic(ClinicId clinic);

    /**
     * The conditions this module may name in {@link PatientProgress#condition()}, by code, with those words, in the
     * order a list offers them; most sources name none.
     */
    default Map<String, String> conditions() {
        return Map.of();
    }
}
