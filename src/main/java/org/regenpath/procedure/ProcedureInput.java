package org.regenpath.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.Laterality;

/**
 * A procedure record as the API sends it; every field may be missing or wrong.
 *
 * @param productId the administered product
 * @param performedAt when the injection was done; the administration time when missing
 * @param imageGuidance how the needle was guided
 * @param sites the sites injected, each with volume and cells
 * @param complications immediate complications, e.g. "None"
 * @param instructions post-procedure instructions given to the patient
 */
public record ProcedureInput(
        String productId, Instant performedAt, ImageGuidance imageGuidance, List<SiteInput> sites,
        String complications, String instructions) {

    /** One injected site. */
    public record SiteInput(String region, Laterality laterality, BigDecimal volumeMl, Long cells) {}
}
