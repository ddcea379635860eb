package org.regenpath.identity;

import java.time.ZoneId;
import org.regenpath.shared.ClinicId;

/** A clinic as other modules see it, with its own time zone (docs/decisions/0023). */
public record ClinicView(ClinicId id, String name, ZoneId timeZone) {}
