package org.regenpath.trace;

import java.util.List;

/**
 * A patient's products, each with its state, materials, administration and procedure.
 *
 * @param patient the patient
 * @param products every product collected for the patient in the clinic, oldest first
 */
public record PatientTrace(TracedPatient patient, List<TracedProduct> products) {}
