package org.regenpath.safety.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.safety.Detection;
import org.regenpath.safety.TriageEntry;
import org.regenpath.safety.TriageItem;
import org.regenpath.safety.TriageSource;
import org.regenpath.safety.TriageState;

/** A triage item as the JSON API sends it (decision 0038). */
@Schema(name = "TriageItem")
record TriageResponse(long id, long patientId, String patientName, TriageSource source, long sourceId,
        String term, ProblemSeverity severity, String whatReported, String reportedBy, Detection detection,
        Instant reportedAt, TriageState state, Long eventId, String reason, String decidedBy, Instant decidedAt) {

    static TriageResponse of(TriageEntry e) {
        TriageItem i = e.item();
        return new TriageResponse(i.id(), i.patientId().value(), e.patientName(), i.key().source(),
                i.key().sourceId(), i.termKey(), i.severity(), e.whatReported(), e.reportedBy(), e.detection(),
                i.reportedAt(), i.state(), i.eventId(), i.reason(),
                i.decidedBy() == null ? null : i.decidedBy().displayName(), i.decidedAt());
    }

    /** A decided item, without the patient's name (the caller asked by item). */
    static TriageResponse of(TriageItem i) {
        return new TriageResponse(i.id(), i.patientId().value(), null, i.key().source(), i.key().sourceId(),
                i.termKey(), i.severity(), null, null, null, i.reportedAt(), i.state(), i.eventId(), i.reason(),
                i.decidedBy() == null ? null : i.decidedBy().displayName(), i.decidedAt());
    }
}
