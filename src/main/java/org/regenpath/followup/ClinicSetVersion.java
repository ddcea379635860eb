package org.regenpath.followup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved version of a clinic's instrument set. Versions are never changed: a schedule made from a version keeps
 * its instruments when the clinic changes the set later (decision 0015).
 *
 * @param setId the set, the same across its versions
 * @param versionId this version, unique across clinics; schedules name it as {@code clinic-<versionId>}
 * @param version 1, 2, ... within the set
 * @param label the name staff see
 * @param templateId the schedule template
 * @param instruments the instruments and their time points, the primary outcome first
 * @param conditions the intake condition ids mapped to this set
 * @param source on what basis the clinic chose it
 * @param retired whether this version retired the set: its conditions fall back to the shipped defaults
 * @param createdBy who saved this version
 * @param createdAt when
 */
public record ClinicSetVersion(long setId, long versionId, int version, String label, String templateId,
        List<PlannedInstrument> instruments, List<String> conditions, String source, boolean retired,
        String createdBy, Instant createdAt) {

    /** The prefix of a clinic set's id on a schedule; shipped set ids never start with it. */
    public static final String ID_PREFIX = "clinic-";

    public ClinicSetVersion {
        Objects.requireNonNull(label, "label");
        instruments = List.copyOf(instruments);
        conditions = List.copyOf(conditions);
    }

    /** The id schedules record: {@code clinic-<versionId>}. */
    public String instrumentSetId() {
        return ID_PREFIX + versionId;
    }

    /** The set as schedules use it. */
    public InstrumentSet instrumentSet() {
        return new InstrumentSet(instrumentSetId(), label + " (clinic set, version " + version + ")",
                source + " (set by " + createdBy + ")", templateId, instruments);
    }

    /** The version id named by a schedule's set id, if it names a clinic set. */
    static java.util.OptionalLong versionIdOf(String instrumentSetId) {
        if (instrumentSetId == null || !instrumentSetId.startsWith(ID_PREFIX)) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(instrumentSetId.substring(ID_PREFIX.length())));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
