package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.product.ProductFixtures.ANN;
import static org.regenpath.product.ProductFixtures.DR_OKAFOR;
import static org.regenpath.product.ProductFixtures.HARVEST;
import static org.regenpath.product.ProductFixtures.SETTINGS;
import static org.regenpath.product.ProductFixtures.TECH_RIA;
import static org.regenpath.product.ProductFixtures.TECH_SAM;
import static org.regenpath.product.ProductFixtures.TEST_SHELF_LIFE;
import static org.regenpath.product.ProductFixtures.collected;
import static org.regenpath.product.ProductFixtures.minutes;
import static org.regenpath.product.ProductFixtures.processedWithGoodQc;
import static org.regenpath.product.ProductFixtures.step;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/** The custody record, expiry, and the release rules: the clinic's QC criteria and a second person. */
class CellProductTests {

    @Test
    void collectionRecordsWhoWhenWhereTheKitAndTheExpiry() {
        CellProduct p = collected(ANN);
        assertThat(p.state()).isEqualTo(ProductState.COLLECTED);
        assertThat(p.patientId()).isEqualTo(ANN);
        assertThat(p.expiresAt()).isEqualTo(HARVEST.plus(TEST_SHELF_LIFE));
        CustodyEvent e = p.events().get(0);
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(e.performedBy()).isEqualTo(DR_OKAFOR);
        assertThat(e.at()).isEqualTo(HARVEST);
        assertThat(e.location()).isEqualTo("Procedure room 2");
        assertThat(e.kitLot()).isEqualTo("ASP-2291");
        assertThat(e.measurements().volumeMl()).isEqualByComparingTo("60");
        assertThat(e.timeOutsideBody()).isZero();
    }

    @Test
    void everyLaterStepRecordsItsTimeOutsideTheBody() {
        CellProduct p = processedWithGoodQc(ANN);
        assertThat(p.events()).extracting(CustodyEvent::timeOutsideBody)
                .containsExactly(Duration.ZERO, Duration.ofMinutes(10), Duration.ofMinutes(40));
        assertThat(p.timeOutsideBodyAt(minutes(90))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aProductTypeWithoutClinicSettingsCannotBeCollected() {
        assertThatThrownBy(() -> CellProduct.collect(new RegenpathIdScheme().next(), ANN,
                ProductType.ADIPOSE_SVF_ENZYMATIC, CellSource.AUTOLOGOUS_ADIPOSE, SETTINGS, step(DR_OKAFOR, HARVEST)))
                .isInstanceOf(NotConfigured.class)
                .hasMessage("No shelf life and release criteria are configured for Adipose stromal vascular fraction"
                        + " (enzymatic), so it cannot be collected. The clinic's lab director must configure them"
                        + " first.");
    }

    @Test
    void aSecondPersonMustRelease() {
        CellProduct p = processedWithGoodQc(ANN);
        assertThatThrownBy(() -> p.release(step(TECH_RIA, minutes(45)), SETTINGS))
                .isInstanceOf(ReleaseRequiresSecondPerson.class)
                .hasMessage("Product " + p.id() + " is in processing; it cannot be released by Ria Patel (lab), who"
                        + " processed it or recorded its QC. A second person must release it.");
        assertThat(p.state()).isEqualTo(ProductState.PROCESSING);
        p.release(step(TECH_SAM, minutes(45)), SETTINGS);
        assertThat(p.state()).isEqualTo(ProductState.RELEASED);
    }

    @Test
    void releaseListsEveryUnmetCriterion() {
        CellProduct p = collected(ANN);
        p.startProcessing(step(TECH_RIA, minutes(10)).withDevice("Centrifuge C-1", "KIT-7781"));
        p.recordQc(step(TECH_RIA, minutes(20)).withMeasurements(new Measurements(null, null, new BigDecimal("61.5"),
                null, null)));
        assertThatThrownBy(() -> p.release(step(TECH_SAM, minutes(250)), SETTINGS))
                .isInstanceOfSatisfying(QcCriteriaNotMet.class, e -> {
                    assertThat(e.unmet()).containsExactly(
                            "viability 61.5% is below the clinic's minimum of 70%",
                            "total nucleated cells was not measured; the clinic's minimum is 1000000",
                            "time outside the body 4 h 10 min is longer than the clinic's maximum of 4 h 00 min");
                    assertThat(e.getMessage()).startsWith("Product " + p.id() + " is in processing; it cannot be"
                            + " released: viability");
                });
        assertThat(p.events()).hasSize(3);
    }

    @Test
    void qcResultsRecordedInPartsCountTogether() {
        CellProduct p = collected(ANN);
        p.startProcessing(step(TECH_RIA, minutes(10)).withDevice("Centrifuge C-1", "KIT-7781"));
        p.recordQc(step(TECH_RIA, minutes(20)).withMeasurements(new Measurements(null, null, new BigDecimal("80"),
                null, null)));
        p.recordQc(step(TECH_RIA, minutes(25)).withMeasurements(new Measurements(null, 3_000_000L, null, null,
                null)));
        p.release(step(TECH_SAM, minutes(30)), SETTINGS);
        assertThat(p.state()).isEqualTo(ProductState.RELEASED);
    }

    @Test
    void afterQuarantineTheProductMustPassQcAgain() {
        CellProduct p = processedWithGoodQc(ANN);
        p.quarantine(step(TECH_SAM, minutes(41)).withNotes("Centrifuge alarm during the run"));
        p.resumeProcessing(step(TECH_SAM, minutes(50)));
        assertThatThrownBy(() -> p.release(step(DR_OKAFOR, minutes(55)), SETTINGS))
                .isInstanceOfSatisfying(QcCriteriaNotMet.class, e -> assertThat(e.unmet()).hasSize(2));
        p.recordQc(step(TECH_SAM, minutes(60)).withMeasurements(ProductFixtures.GOOD_QC));
        assertThatThrownBy(() -> p.release(step(TECH_RIA, minutes(65)), SETTINGS))
                .isInstanceOf(ReleaseRequiresSecondPerson.class);
        p.release(step(DR_OKAFOR, minutes(65)), SETTINGS);
        assertThat(p.state()).isEqualTo(ProductState.RELEASED);
    }

    @Test
    void anExpiredProductCannotBeReleased() {
        CellProduct p = processedWithGoodQc(ANN);
        assertThatThrownBy(() -> p.release(step(TECH_SAM, HARVEST.plus(TEST_SHELF_LIFE)), SETTINGS))
                .isInstanceOf(ProductExpired.class)
                .hasMessageContaining("is in processing but expired at 7 Dec 2026, 09:00 EST;");
    }

    @Test
    void releaseNeedsTheClinicsCriteria() {
        CellProduct p = processedWithGoodQc(ANN);
        assertThatThrownBy(() -> p.release(step(TECH_SAM, minutes(45)), ProductSettings.empty()))
                .isInstanceOf(NotConfigured.class)
                .hasMessageContaining("so it cannot be released");
    }

    @Test
    void quarantineRejectionAndDiscardNeedAReason() {
        CellProduct p = collected(ANN);
        assertThatThrownBy(() -> p.quarantine(step(TECH_RIA, minutes(5))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("notes", "Give the reason the product is quarantined"));
        assertThatThrownBy(() -> p.discard(step(TECH_RIA, minutes(5)).withNotes("  ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("notes", "Give the reason the product is discarded"));
        assertThat(p.events()).hasSize(1);
    }

    @Test
    void processingNeedsTheDeviceAndKitLotAndQcNeedsAResult() {
        CellProduct p = collected(ANN);
        assertThatThrownBy(() -> p.startProcessing(step(TECH_RIA, minutes(5))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("device", "kitLot"));
        p.startProcessing(step(TECH_RIA, minutes(5)).withDevice("Centrifuge C-1", "KIT-7781"));
        assertThatThrownBy(() -> p.recordQc(step(TECH_RIA, minutes(6))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("measurements"));
    }

    @Test
    void aLateEntryKeepsBothTimesAndSaysSoOnlyWhenRecordedMoreThanAFewMinutesLater() {
        CellProduct p = collected(ANN);
        p.startProcessing(step(TECH_RIA, minutes(20)).withDevice("Centrifuge C-1", "KIT-7781")
                .recordedAt(minutes(20).plus(CustodyEvent.LATE_ENTRY_AFTER)));
        p.recordQc(step(TECH_RIA, minutes(30)).withMeasurements(ProductFixtures.GOOD_QC)
                .recordedAt(minutes(30).plus(CustodyEvent.LATE_ENTRY_AFTER).plusSeconds(60)));
        CustodyEvent processing = p.events().get(1);
        CustodyEvent qc = p.events().get(2);
        assertThat(processing.at()).isEqualTo(minutes(20));
        assertThat(processing.lateEntry()).as("within the few minutes it takes to reach a terminal").isFalse();
        assertThat(qc.lateEntry()).isTrue();
        assertThat(qc.timeOutsideBody()).as("counted to when it happened").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aStepCannotHaveHappenedAfterItIsRecorded() {
        assertThatThrownBy(() -> step(TECH_RIA, minutes(10)).recordedAt(minutes(9)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("happenedAt"));
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousOne() {
        CellProduct p = collected(ANN);
        assertThatThrownBy(() -> p.startProcessing(step(TECH_RIA, HARVEST.minusSeconds(1))
                .withDevice("Centrifuge C-1", "KIT-7781")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("happenedAt"));
        assertThat(p.events()).hasSize(1);
    }

    @Test
    void measurementsAndStepDetailsAreValidated() {
        assertThatThrownBy(() -> new Measurements(new BigDecimal("-1"), -1L, new BigDecimal("100.1"), -1L, -1L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "volumeMl", "totalNucleatedCells", "viabilityPercent", "cd34PositiveCells", "cfuF"));
        assertThatThrownBy(() -> StepDetails.by(TECH_RIA, HARVEST, ProductFixtures.ZONE, " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("location"));
    }

    @Test
    void theHistoryIsACopyAndRestoreReplaysIt() {
        CellProduct p = processedWithGoodQc(ANN);
        List<CustodyEvent> events = p.events();
        assertThatThrownBy(() -> events.add(events.get(0))).isInstanceOf(UnsupportedOperationException.class);
        CellProduct restored = CellProduct.restore(p.id(), ANN, p.productType(), p.cellSource(), p.expiresAt(),
                events, 3);
        assertThat(restored.state()).isEqualTo(ProductState.PROCESSING);
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.events()).isEqualTo(events);
        assertThatThrownBy(() -> CellProduct.restore(p.id(), ANN, p.productType(), p.cellSource(), p.expiresAt(),
                List.of(events.get(0), events.get(2)), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CellProduct.restore(p.id(), ANN, p.productType(), p.cellSource(), p.expiresAt(),
                events.subList(1, 3), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
