package org.regenpath.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * What the lab measured at a custody step. Every value is optional: {@code null} means not measured. Counts are
 * whole cells or colonies as the clinic's validated assay reports them; Regenpath stores them and compares them
 * with the clinic's own criteria ({@link QcCriteria}), never with numbers of its own.
 *
 * @param volumeMl the product's volume in millilitres
 * @param totalNucleatedCells total nucleated cells (TNC) in the product
 * @param viabilityPercent viable cells as a percentage, 0 to 100
 * @param cd34PositiveCells CD34+ cells in the product, where the lab counts them
 * @param cfuF colony-forming units, fibroblast (CFU-F), where the lab runs the assay
 */
public record Measurements(
        BigDecimal volumeMl, Long totalNucleatedCells, BigDecimal viabilityPercent, Long cd34PositiveCells,
        Long cfuF) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Measurements {
        Map<String, String> errors = new LinkedHashMap<>();
        if (volumeMl != null && volumeMl.signum() < 0) {
            errors.put("volumeMl", "The volume cannot be negative");
        }
        if (totalNucleatedCells != null && totalNucleatedCells < 0) {
            errors.put("totalNucleatedCells", "The cell count cannot be negative");
        }
        if (viabilityPercent != null && (viabilityPercent.signum() < 0 || viabilityPercent.compareTo(HUNDRED) > 0)) {
            errors.put("viabilityPercent", "Viability is a percentage from 0 to 100");
        }
        if (cd34PositiveCells != null && cd34PositiveCells < 0) {
            errors.put("cd34PositiveCells", "The CD34+ count cannot be negative");
        }
        if (cfuF != null && cfuF < 0) {
            errors.put("cfuF", "The CFU-F count cannot be negative");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Nothing measured. */
    public static Measurements none() {
        return new Measurements(null, null, null, null, null);
    }

    /** True when nothing was measured. */
    public boolean isEmpty() {
        return equals(none());
    }

    /** These measurements with every value measured in {@code newer} replaced by the newer one. */
    public Measurements updatedBy(Measurements newer) {
        return new Measurements(
                newer.volumeMl != null ? newer.volumeMl : volumeMl,
                newer.totalNucleatedCells != null ? newer.totalNucleatedCells : totalNucleatedCells,
                newer.viabilityPercent != null ? newer.viabilityPercent : viabilityPercent,
                newer.cd34PositiveCells != null ? newer.cd34PositiveCells : cd34PositiveCells,
                newer.cfuF != null ? newer.cfuF : cfuF);
    }
}
