package org.regenpath.intake;

import java.util.List;

/**
 * What the seeds claim for a condition, in GRADE words, with the texts it rests on. It characterises the seeds'
 * claims; it is not a systematic review.
 */
public record Evidence(EvidenceLevel level, String summary, List<String> sources) {}
