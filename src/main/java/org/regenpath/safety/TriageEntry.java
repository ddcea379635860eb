package org.regenpath.safety;

/**
 * A triage item as the list shows it, with the patient as the label names them and what was reported in words.
 *
 * @param item the item
 * @param patientName the patient's name
 * @param patientLabel the patient's label line (name, date of birth, MRN)
 * @param whatReported what the patient reported: their words, or the checklist reaction
 * @param reportedBy who entered it: the patient, or staff who took a call
 * @param detection how the clinic learned of it
 * @param linkable the patient's recorded adverse events it may be linked to, by id, in words
 */
public record TriageEntry(TriageItem item, String patientName, String patientLabel, String whatReported,
        String reportedBy, Detection detection, java.util.Map<Long, String> linkable) {}
