package org.regenpath.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.ClinicId;

/**
 * What the audit trail needs to know about patients, declared here and implemented by the patient registry (the
 * audit trail depends on nothing but {@code shared}). Scoped to one clinic; no authorization or audit of its own:
 * the audit search has authorised its reader.
 */
public interface AuditPatients {

    /** The ids of the clinic's patients whose name contains every word of {@code text} or whose MRN starts with it. */
    List<Long> matching(ClinicId clinic, String text, int limit);

    /** "Family, Given · MRN …" for each of {@code ids} that is a patient of the clinic. */
    Map<Long, String> labels(ClinicId clinic, Collection<Long> ids);
}
