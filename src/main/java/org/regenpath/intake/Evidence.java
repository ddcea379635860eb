package org.regenpath.intake;

import java.util.List;

/**
 * The certainty of the evidence for cell therapy of a condition, in GRADE words, with the published sources it
 * rests on. It characterises published claims and reviews; it is not a systematic review of our own.
 */
public record Evidence(EvidenceLevel level, String summary, List<String> sources) {}
