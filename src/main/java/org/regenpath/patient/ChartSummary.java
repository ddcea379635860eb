package org.regenpath.patient;

import java.time.Instant;
import java.util.List;

/**
 * Where a patient stands: the facts of the chart's overview, in order, for the page and the printed summary.
 *
 * @param patient the patient
 * @param facts the facts, screening first
 * @param at when they were read
 */
public record ChartSummary(PatientView patient, List<ChartFact> facts, Instant at) {}
