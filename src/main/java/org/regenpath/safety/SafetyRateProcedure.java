package org.regenpath.safety;

import java.time.LocalDate;
import java.util.Objects;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * One procedure, as the clinic safety counts need it.
 *
 * @param procedureId the procedure
 * @param cellSource where the injected cells came from
 * @param productType what was injected
 * @param performedOn the clinic's date of the procedure
 * @param solicitedAnswer whether at least one solicited checklist after it was answered (by the patient or by staff
 *     on a call); a procedure without one can show no solicited event, which is not the same as having none
 */
public record SafetyRateProcedure(long procedureId, CellSource cellSource, ProductType productType,
        LocalDate performedOn, boolean solicitedAnswer) {

    public SafetyRateProcedure {
        Objects.requireNonNull(cellSource, "cellSource");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(performedOn, "performedOn");
    }
}
