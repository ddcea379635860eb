package org.regenpath.intake.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Marks a condition entered in error: the version the user saw and, optionally, why. */
record EnteredInErrorRequest(
        @NotNull(message = "Send the version you saw") Integer version,
        @Size(max = 500, message = "At most 500 characters") String reason) {}
