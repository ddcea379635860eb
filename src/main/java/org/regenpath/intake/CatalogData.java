package org.regenpath.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The condition catalog as loaded and checked: conditions, the body-site vocabulary and the retired codes. */
record CatalogData(List<CatalogCondition> conditions, Map<String, BodySite> sites, Map<String, RetiredCode> retired) {

    /** A code that ICD-10-CM no longer accepts, with its replacements. */
    record RetiredCode(String code, String retiredIn, List<String> replacedBy) {}

    Optional<CatalogCondition> condition(String id) {
        return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    Optional<CatalogCondition> conditionOfCode(String code) {
        return conditions.stream().filter(c -> c.code(code).isPresent()).findFirst();
    }
}
