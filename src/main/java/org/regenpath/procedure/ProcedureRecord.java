package org.regenpath.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;

/**
 * A recorded procedure.
 *
 * @param id the record
 * @param patientId who was treated
 * @param productId the product injected
 * @param planId the treatment plan it followed
 * @param performedAt when
 * @param operator who injected
 * @param imageGuidance how the needle was guided
 * @param sites the sites with volume and cells
 * @param complications immediate complications
 * @param instructions post-procedure instructions
 * @param recordedAt when the record was written
 */
public record ProcedureRecord(
        long id, PatientId patientId, String productId, long planId, Instant performedAt, String operator,
        ImageGuidance imageGuidance, List<Site> sites, String complications, String instructions,
        Instant recordedAt) {

    /** One injected site. */
    public record Site(InjectionSite site, BigDecimal volumeMl, Long cells) {}
}
