package org.regenpath.followup;

import java.util.List;
import java.util.Objects;

/**
 * The default instruments and schedule for a group of conditions. Clinics may configure their own; these are the
 * defaults from the standard sets.
 *
 * @param id the set id
 * @param label the name shown to people
 * @param source the standard set or decision the defaults follow
 * @param scheduleTemplateId the default schedule template
 * @param instruments the instruments, including those every patient answers (PHQ-9)
 */
public record InstrumentSet(String id, String label, String source, String scheduleTemplateId,
        List<PlannedInstrument> instruments) {

    public InstrumentSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scheduleTemplateId, "scheduleTemplateId");
        instruments = List.copyOf(instruments);
    }

    /** The instrument ids, in order. */
    public List<String> instrumentIds() {
        return instruments.stream().map(PlannedInstrument::instrumentId).toList();
    }

    /** The instruments asked at a time point. */
    public List<String> instrumentsAt(TimePoint point) {
        return instruments.stream().filter(p -> p.appliesAt(point)).map(PlannedInstrument::instrumentId).toList();
    }
}
