package org.regenpath.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.regenpath.shared.ClinicId;
import org.springframework.stereotype.Component;

/**
 * The instrument sets a clinic works with: the shipped defaults ({@link FollowupDefaults}) and the clinic's own
 * ({@link ClinicInstrumentSets}). A new plan's condition gets the clinic's own set for it where there is one, else
 * the shipped default. A schedule names the exact set it was made from; a clinic set version never changes, so it is
 * read once and kept.
 */
@Component
class InstrumentSets {

    private final FollowupDefaults defaults;
    private final ClinicSetRows rows;
    private final Map<Long, InstrumentSet> versions = new ConcurrentHashMap<>();

    InstrumentSets(FollowupDefaults defaults, ClinicSetRows rows) {
        this.defaults = defaults;
        this.rows = rows;
    }

    /**
     * The set a schedule names: shipped, or any version of a clinic's set (retired ones too).
     *
     * @throws IllegalStateException when no such set exists (a schedule never names one that does not)
     */
    InstrumentSet byId(String id) {
        OptionalLong version = ClinicSetVersion.versionIdOf(id);
        if (version.isPresent()) {
            return versions.computeIfAbsent(version.getAsLong(), v -> rows.version(v)
                    .map(ClinicSetVersion::instrumentSet)
                    .orElseThrow(() -> new IllegalStateException("No clinic instrument set version " + v)));
        }
        return defaults.instrumentSet(id).orElseThrow(() -> new IllegalStateException("No instrument set " + id));
    }

    /** The sets a clinic may put a schedule on: the shipped ones, then the clinic's current ones. */
    List<InstrumentSet> available(ClinicId clinic) {
        List<InstrumentSet> out = new ArrayList<>(defaults.instrumentSets());
        current(clinic).forEach(v -> out.add(v.instrumentSet()));
        return out;
    }

    /** The clinic's sets as they are now: the newest version of each set that is not retired. */
    List<ClinicSetVersion> current(ClinicId clinic) {
        Map<Long, ClinicSetVersion> newest = new LinkedHashMap<>();
        rows.versions(clinic).forEach(v -> newest.putIfAbsent(v.setId(), v));
        return newest.values().stream().filter(v -> !v.retired()).toList();
    }

    /** The set a new plan for this condition gets in this clinic: the clinic's own, else the shipped default. */
    SetChoice setFor(ClinicId clinic, String conditionId, String category) {
        return setFor(current(clinic), conditionId, category);
    }

    /** As {@link #setFor(ClinicId, String, String)}, given the clinic's current sets (read once for many). */
    SetChoice setFor(List<ClinicSetVersion> current, String conditionId, String category) {
        if (conditionId != null) {
            for (ClinicSetVersion v : current) {
                if (v.conditions().contains(conditionId)) {
                    return new SetChoice(v.instrumentSet(), SetChoice.MatchedBy.CLINIC);
                }
            }
        }
        return defaults.setFor(conditionId, category);
    }
}
