package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCategory;
import org.regenpath.intake.EvidenceLevel;
import org.regenpath.intake.Laterality;

/**
 * A condition of the catalog as the JSON API sends it (decision 0038): its own type, with its body sites, codes
 * and evidence, so the module may change {@link CatalogCondition} without changing what clients read. Field names,
 * order and values are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "CatalogCondition")
record CatalogConditionResponse(
        String id,
        String display,
        ConditionCategory category,
        boolean osteoarthritis,
        boolean lateralityApplies,
        List<BodySite> bodySites,
        List<Code> codes,
        Evidence evidence) {

    /** A body site of the catalog's vocabulary. */
    @Schema(name = "BodySite")
    record BodySite(String code, String display) {}

    /** An ICD-10-CM code allowed for the condition. */
    @Schema(name = "ConditionCode")
    record Code(
            String code, String display, Laterality laterality, List<String> bodySites, boolean verified,
            String source) {}

    /** The certainty of the evidence for cell therapy of the condition, with its sources. */
    @Schema(name = "Evidence")
    record Evidence(EvidenceLevel level, String summary, List<String> sources) {}

    static CatalogConditionResponse of(CatalogCondition c) {
        return new CatalogConditionResponse(c.id(), c.display(), c.category(), c.osteoarthritis(),
                c.lateralityApplies(),
                Responses.each(c.bodySites(), s -> new BodySite(s.code(), s.display())),
                Responses.each(c.codes(), k -> new Code(k.code(), k.display(), k.laterality(), k.bodySites(),
                        k.verified(), k.source())),
                c.evidence() == null ? null
                        : new Evidence(c.evidence().level(), c.evidence().summary(), c.evidence().sources()));
    }
}
