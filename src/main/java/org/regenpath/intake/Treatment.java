package org.regenpath.intake;

/** A treatment the patient has tried for a pain condition, and how it worked. */
public record Treatment(TreatmentCategory category, String description, int durationWeeks, TreatmentResponse response) {}
