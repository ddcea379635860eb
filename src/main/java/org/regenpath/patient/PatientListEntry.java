package org.regenpath.patient;

/** One row of the patient list: the patient and where they stand. */
public record PatientListEntry(PatientView patient, PatientProgress progress) {}
