package org.regenpath.intake;

import java.util.List;

/**
 * The evidence level the catalog gives an active pain condition, shown with the screening so that nobody reads
 * "eligible" as "proven".
 */
public record ConditionEvidence(
        long painConditionId,
        String conditionId,
        String condition,
        EvidenceLevel level,
        String summary,
        List<String> sources) {}
