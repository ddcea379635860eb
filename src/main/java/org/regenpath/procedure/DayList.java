package org.regenpath.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * The procedures planned for the clinic's today and for the rest of its week (through Sunday).
 *
 * @param today the clinic's date
 * @param weekEnds the last day of the week (Sunday)
 * @param todays the procedures planned for today
 * @param restOfWeek the procedures planned after today, through {@code weekEnds}
 */
public record DayList(LocalDate today, LocalDate weekEnds, List<DayListEntry> todays, List<DayListEntry> restOfWeek) {}
