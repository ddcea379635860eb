package org.regenpath.product.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentStatus;
import org.regenpath.planning.ConsentWithdrawal;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.Measurements;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;

/**
 * A cell product with its chain of custody as the JSON API sends it (decision 0038): its own type, so the module
 * may change {@link ProductView} and the records within it without changing what clients read. Field names, order
 * and values are those clients have always read; every schema keeps its published name.
 */
@Schema(name = "ProductView")
record ProductResponse(
        String productId,
        String scheme,
        PatientId patientId,
        long planId,
        int planVersion,
        Consent consent,
        ProductType productType,
        CellSource cellSource,
        ProductState state,
        Instant collectedAt,
        Instant expiresAt,
        long version,
        List<Event> events,
        ZoneId zone) {

    /** Where the consent to the plan the product was made for stands. */
    @Schema(name = "ConsentInForce")
    record Consent(long planId, Integer versionNumber, ConsentStatus status, Withdrawal withdrawal, String message) {

        static Consent of(ConsentInForce c) {
            return c == null ? null : new Consent(c.planId(), c.versionNumber(), c.status(),
                    Withdrawal.of(c.withdrawal()), c.message());
        }
    }

    /** The patient's withdrawal of that consent. */
    @Schema(name = "ConsentWithdrawal")
    record Withdrawal(String reason, StaffMember recordedBy, Instant withdrawnAt) {

        static Withdrawal of(ConsentWithdrawal w) {
            return w == null ? null : new Withdrawal(w.reason(), w.recordedBy(), w.withdrawnAt());
        }
    }

    /** One step in the chain of custody. */
    @Schema(name = "CustodyEvent")
    record Event(
            int sequence,
            CustodyStep step,
            ProductState stateAfter,
            StaffMember performedBy,
            StaffMember confirmedBy,
            Instant at,
            String location,
            String device,
            String kitLot,
            Measured measurements,
            Duration timeOutsideBody,
            String notes,
            PatientId administeredTo,
            InjectionSite site,
            Instant recordedAt) {

        static Event of(CustodyEvent e) {
            return new Event(e.sequence(), e.step(), e.stateAfter(), e.performedBy(), e.confirmedBy(), e.at(),
                    e.location(), e.device(), e.kitLot(), Measured.of(e.measurements()), e.timeOutsideBody(),
                    e.notes(), e.administeredTo(), e.site(), e.recordedAt());
        }
    }

    /**
     * What the lab measured at a step; {@code empty} (nothing measured) is what the module record's
     * {@code isEmpty()} has always added to the JSON, so it stays, last.
     */
    @Schema(name = "Measurements")
    record Measured(
            BigDecimal volumeMl, Long totalNucleatedCells, BigDecimal viabilityPercent, Long cd34PositiveCells,
            Long cfuF, boolean empty) {

        static Measured of(Measurements m) {
            return m == null ? null : new Measured(m.volumeMl(), m.totalNucleatedCells(), m.viabilityPercent(),
                    m.cd34PositiveCells(), m.cfuF(), m.isEmpty());
        }
    }

    static ProductResponse of(ProductView p) {
        return p == null ? null : new ProductResponse(p.productId(), p.scheme(), p.patientId(), p.planId(),
                p.planVersion(), Consent.of(p.consent()), p.productType(), p.cellSource(), p.state(),
                p.collectedAt(), p.expiresAt(), p.version(), p.events().stream().map(Event::of).toList(), p.zone());
    }
}
