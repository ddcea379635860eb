package org.regenpath.followup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

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

    /** The instruments the set names for a time point, whether or not patients can be shown them. */
    public List<String> instrumentsAt(TimePoint point) {
        return instruments.stream().filter(p -> p.appliesAt(point)).map(PlannedInstrument::instrumentId).toList();
    }

    /**
     * The instruments patients are asked at a time point: an instrument they cannot be shown (its licensed wording
     * is not installed) is left out, and its replacement asked instead where the set names one and it is not asked
     * already.
     *
     * @param answerable whether patients can be shown an instrument's wording
     */
    public List<String> instrumentsAt(TimePoint point, Predicate<String> answerable) {
        Set<String> out = new LinkedHashSet<>();
        for (PlannedInstrument p : instruments) {
            if (!p.appliesAt(point)) {
                continue;
            }
            if (answerable.test(p.instrumentId())) {
                out.add(p.instrumentId());
            } else if (p.whenWordingNotInstalled() != null && answerable.test(p.whenWordingNotInstalled())) {
                out.add(p.whenWordingNotInstalled());
            }
        }
        return List.copyOf(out);
    }
}
