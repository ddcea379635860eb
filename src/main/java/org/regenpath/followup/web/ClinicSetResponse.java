package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.regenpath.followup.Administer;
import org.regenpath.followup.ClinicSetVersion;
import org.regenpath.followup.PlannedInstrument;

/**
 * One version of a clinic's instrument set as the JSON API sends it (decision 0038): its own types, so the module
 * may change {@link ClinicSetVersion} without changing what clients read. Field names, order and values are those
 * clients have always read; the schemas keep their published names.
 */
@Schema(name = "ClinicSetVersion")
record ClinicSetResponse(long setId, long versionId, int version, String label, String templateId,
        List<Planned> instruments, List<String> conditions, String source, boolean retired, String createdBy,
        Instant createdAt) {

    /** An instrument of a set and when it is asked. */
    @Schema(name = "PlannedInstrument")
    record Planned(String instrumentId, Administer administer, Set<String> timePointIds,
            String whenWordingNotInstalled) {

        static List<Planned> of(List<PlannedInstrument> instruments) {
            return instruments.stream().map(p -> new Planned(p.instrumentId(), p.administer(), p.timePointIds(),
                    p.whenWordingNotInstalled())).toList();
        }
    }

    static ClinicSetResponse of(ClinicSetVersion v) {
        return new ClinicSetResponse(v.setId(), v.versionId(), v.version(), v.label(), v.templateId(),
                Planned.of(v.instruments()), v.conditions(), v.source(), v.retired(), v.createdBy(), v.createdAt());
    }
}
