package org.regenpath.planning;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;

/**
 * One injection site of a plan and the dose planned for it. The dose is the clinician's plan, not a standard:
 * the software checks only that it is a positive amount.
 *
 * @param site where, with laterality
 * @param plannedVolumeMl the volume to inject at this site, in millilitres
 * @param plannedCells the number of cells to inject at this site, or {@code null} where the product is dosed by
 *     volume only (e.g. micro-fragmented adipose tissue, which is not counted)
 */
public record PlannedSite(InjectionSite site, BigDecimal plannedVolumeMl, Long plannedCells) {

    public PlannedSite {
        Objects.requireNonNull(site, "site");
        Map<String, String> errors = new LinkedHashMap<>();
        if (plannedVolumeMl == null || plannedVolumeMl.signum() <= 0) {
            errors.put("plannedVolumeMl", "Enter the volume for " + site.describe() + " in mL, more than 0");
        }
        if (plannedCells != null && plannedCells <= 0) {
            errors.put("plannedCells", "Enter the cell count for " + site.describe() + " as more than 0, or leave"
                    + " it empty");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
