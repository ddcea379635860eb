package org.regenpath.intake;

import java.util.List;
import java.util.Optional;

/**
 * A chronic pain condition in scope, as the condition catalog describes it.
 *
 * @param id a stable id such as {@code knee-oa}
 * @param osteoarthritis whether a Kellgren-Lawrence grade applies
 * @param lateralityApplies whether the side (left, right, both) must be recorded
 */
public record CatalogCondition(
        String id,
        String display,
        ConditionCategory category,
        boolean osteoarthritis,
        boolean lateralityApplies,
        List<BodySite> bodySites,
        List<ConditionCode> codes,
        Evidence evidence) {

    public Optional<ConditionCode> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean allowsSite(String site) {
        return bodySites.stream().anyMatch(b -> b.code().equals(site));
    }
}
