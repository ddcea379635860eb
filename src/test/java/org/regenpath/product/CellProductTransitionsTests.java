package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.product.ProductFixtures.ANN;
import static org.regenpath.product.ProductFixtures.GOOD_QC;
import static org.regenpath.product.ProductFixtures.LEFT_KNEE;
import static org.regenpath.product.ProductFixtures.LEFT_KNEE_PLAN;
import static org.regenpath.product.ProductFixtures.NURSE_LI;
import static org.regenpath.product.ProductFixtures.SETTINGS;
import static org.regenpath.product.ProductFixtures.TECH_RIA;
import static org.regenpath.product.ProductFixtures.TECH_SAM;
import static org.regenpath.product.ProductFixtures.minutes;
import static org.regenpath.product.ProductFixtures.step;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every custody step tried from every state. The allowed transitions are written out here from issue #4 rather
 * than read from {@link ProductState}, so the test checks the code against the specification.
 */
class CellProductTransitionsTests {

    private static final Map<ProductState, Set<CustodyStep>> ALLOWED = Map.of(
            ProductState.COLLECTED, EnumSet.of(CustodyStep.PROCESSING_STARTED, CustodyStep.QUARANTINED,
                    CustodyStep.DISCARDED),
            ProductState.PROCESSING, EnumSet.of(CustodyStep.QC_RECORDED, CustodyStep.RELEASED,
                    CustodyStep.QUARANTINED, CustodyStep.DISCARDED),
            ProductState.RELEASED, EnumSet.of(CustodyStep.ADMINISTERED, CustodyStep.QUARANTINED,
                    CustodyStep.DISCARDED),
            ProductState.QUARANTINED, EnumSet.of(CustodyStep.PROCESSING_RESUMED, CustodyStep.REJECTED,
                    CustodyStep.DISCARDED),
            ProductState.REJECTED, EnumSet.of(CustodyStep.DISCARDED),
            ProductState.ADMINISTERED, EnumSet.noneOf(CustodyStep.class),
            ProductState.DISCARDED, EnumSet.noneOf(CustodyStep.class));

    static CellProduct inState(ProductState state) {
        CellProduct p = switch (state) {
            case COLLECTED, QUARANTINED, REJECTED, DISCARDED -> ProductFixtures.collected(ANN);
            case PROCESSING -> ProductFixtures.processedWithGoodQc(ANN);
            case RELEASED, ADMINISTERED -> ProductFixtures.released(ANN);
        };
        switch (state) {
            case QUARANTINED -> p.quarantine(step(TECH_RIA, minutes(5)).withNotes("Bag seal in doubt"));
            case REJECTED -> {
                p.quarantine(step(TECH_RIA, minutes(5)).withNotes("Bag seal in doubt"));
                p.reject(step(TECH_SAM, minutes(6)).withNotes("Seal broken"));
            }
            case DISCARDED -> p.discard(step(TECH_RIA, minutes(5)).withNotes("Patient declined"));
            case ADMINISTERED -> p.administer(ProductFixtures.administration(ANN, LEFT_KNEE, NURSE_LI, minutes(60)),
                    LEFT_KNEE_PLAN);
            default -> { }
        }
        assertThat(p.state()).isEqualTo(state);
        return p;
    }

    /** Takes the step with input that is valid in every other respect. */
    static void take(CellProduct p, CustodyStep step) {
        StepDetails valid = step(TECH_SAM, minutes(70));
        switch (step) {
            case PROCESSING_STARTED -> p.startProcessing(valid.withDevice("Centrifuge C-1", "KIT-7781"));
            case QC_RECORDED -> p.recordQc(valid.withMeasurements(GOOD_QC));
            case RELEASED -> p.release(valid, SETTINGS);
            case QUARANTINED -> p.quarantine(valid.withNotes("Label smudged"));
            case PROCESSING_RESUMED -> p.resumeProcessing(valid);
            case REJECTED -> p.reject(valid.withNotes("Contaminated"));
            case DISCARDED -> p.discard(valid.withNotes("Expired"));
            case ADMINISTERED -> p.administer(ProductFixtures.administration(ANN, LEFT_KNEE, NURSE_LI, minutes(70)),
                    LEFT_KNEE_PLAN);
            case COLLECTED -> throw new IllegalArgumentException("Collection creates a product");
        }
    }

    static Stream<Arguments> everyStateAndStep() {
        return Stream.of(ProductState.values()).flatMap(state -> Stream.of(CustodyStep.values())
                .filter(step -> step != CustodyStep.COLLECTED)
                .map(step -> Arguments.of(state, step)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyStateAndStep")
    void takesOnlyTheTransitionsTheIssueAllows(ProductState state, CustodyStep step) {
        CellProduct p = inState(state);
        List<CustodyEvent> before = p.events();
        if (ALLOWED.get(state).contains(step)) {
            take(p, step);
            assertThat(p.state()).isEqualTo(step.resultingState());
            assertThat(p.events()).hasSize(before.size() + 1).startsWith(before.toArray(new CustodyEvent[0]));
            CustodyEvent last = p.events().get(before.size());
            assertThat(last.step()).isEqualTo(step);
            assertThat(last.sequence()).isEqualTo(before.size() + 1);
        } else {
            assertThatThrownBy(() -> take(p, step))
                    .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                        assertThat(e.current()).isEqualTo(state);
                        assertThat(e.getMessage()).isEqualTo("Product " + p.id() + " is " + state.words() + "; it cannot "
                                + step.attempt() + ".");
                    });
            assertThat(p.events()).isEqualTo(before);
            assertThat(p.state()).isEqualTo(state);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void finalStatesAllowNothingAndOthersAllowDiscard(ProductState state) {
        assertThat(state.isFinal()).isEqualTo(ALLOWED.get(state).isEmpty());
        assertThat(state.allows(CustodyStep.DISCARDED)).isEqualTo(!state.isFinal());
    }

    static Stream<ProductState> states() {
        return Stream.of(ProductState.values());
    }
}
