package org.regenpath.followup;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A default follow-up schedule: its time points in order.
 *
 * @param id the template id ({@code default}, {@code ichom-low-back})
 * @param label the name shown to people
 * @param source where the time points come from
 * @param windowsAreExampleDefaults true when no named source fixes the window widths: they are labelled
 *     examples for a clinic to configure, not a standard
 * @param timePoints the time points, baseline first
 */
public record ScheduleTemplate(String id, String label, String source, boolean windowsAreExampleDefaults,
        List<TimePoint> timePoints) {

    public ScheduleTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        timePoints = List.copyOf(timePoints);
        if (timePoints.isEmpty() || !timePoints.get(0).baseline()) {
            throw new IllegalArgumentException("Template " + id + " must start with its baseline");
        }
        var ids = new HashSet<String>();
        for (int i = 0; i < timePoints.size(); i++) {
            TimePoint p = timePoints.get(i);
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("Template " + id + " repeats time point " + p.id());
            }
            if (i > 0 && (p.baseline() || p.offsetMonths() <= timePoints.get(i - 1).offsetMonths())) {
                throw new IllegalArgumentException("Template " + id + ": time points must follow one another, "
                        + p.id() + " does not");
            }
        }
    }

    /** The time point with this id. */
    public Optional<TimePoint> timePoint(String timePointId) {
        return timePoints.stream().filter(p -> p.id().equals(timePointId)).findFirst();
    }
}
