package org.regenpath.identity;

import org.regenpath.shared.ClinicId;

/** A clinic as other modules see it. */
public record ClinicView(ClinicId id, String name) {}
