package org.regenpath.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * The procedures planned for the clinic's today and for the rest of its week (through Sunday), and the overdue ones.
 *
 * @param today the clinic's date
 * @param weekEnds the last day of the week (Sunday)
 * @param overdue approved plans' procedures planned before today, not recorded as performed and with consent not
 *     withdrawn: oldest first
 * @param todays the procedures planned for today
 * @param restOfWeek the procedures planned after today, through {@code weekEnds}
 */
public record DayList(LocalDate today, LocalDate weekEnds, List<DayListEntry> overdue, List<DayListEntry> todays,
        List<DayListEntry> restOfWeek) {}
