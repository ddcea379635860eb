package org.regenpath.trace;

import java.time.Instant;
import java.util.List;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A product found by a trace, with what a recall needs: whose it is, what it went through, and where it went.
 *
 * @param productId the identifier with its check character
 * @param productType what it is
 * @param cellSource where the cells came from
 * @param state where it stands now
 * @param collectedAt when it was harvested
 * @param expiresAt when it expires
 * @param patient whose product it is
 * @param materials every custody step that recorded a device or kit lot, oldest first
 * @param administration the injection, or {@code null} if it was not given
 * @param procedure the procedure record of the injection, or {@code null} if none is recorded or the reader is a
 *     lab technician
 */
public record TracedProduct(
        String productId,
        ProductType productType,
        CellSource cellSource,
        ProductState state,
        Instant collectedAt,
        Instant expiresAt,
        TracedPatient patient,
        List<Material> materials,
        Administration administration,
        Procedure procedure) {

    /**
     * A custody step that used a device or kit lot: when it happened and, for a late entry, when and by whom it was
     * recorded ({@code recordedLaterAt}, otherwise {@code null}; by {@code by}).
     */
    public record Material(int sequence, CustodyStep step, Instant at, String device, String kitLot, String by,
            Instant recordedLaterAt) {}

    /**
     * The injection: when it happened, to whom (as the wristband was scanned), where, by whom, confirmed by whom,
     * and for a late entry when it was recorded ({@code recordedLaterAt}, otherwise {@code null}; by {@code by}).
     */
    public record Administration(Instant at, PatientId to, InjectionSite site, String by, String confirmedBy,
            Instant recordedLaterAt) {}

    /** The procedure record of the injection. */
    public record Procedure(long id, Instant performedAt, String operator) {}

    static TracedProduct of(ProductView p, TracedPatient patient, ProcedureRecord procedure) {
        List<Material> materials = p.events().stream().filter(e -> e.device() != null || e.kitLot() != null)
                .map(e -> new Material(e.sequence(), e.step(), e.at(), e.device(), e.kitLot(),
                        e.performedBy().displayName(), recordedLaterAt(e)))
                .toList();
        Administration given = p.events().stream().filter(e -> e.step() == CustodyStep.ADMINISTERED).findFirst()
                .map(TracedProduct::administration).orElse(null);
        return new TracedProduct(p.productId(), p.productType(), p.cellSource(), p.state(), p.collectedAt(),
                p.expiresAt(), patient, materials, given, procedure == null ? null
                        : new Procedure(procedure.id(), procedure.performedAt(), procedure.operator()));
    }

    private static Administration administration(CustodyEvent e) {
        return new Administration(e.at(), e.administeredTo(), e.site(), e.performedBy().displayName(),
                e.confirmedBy() == null ? null : e.confirmedBy().displayName(), recordedLaterAt(e));
    }

    private static Instant recordedLaterAt(CustodyEvent e) {
        return e.lateEntry() ? e.recordedAt() : null;
    }
}
