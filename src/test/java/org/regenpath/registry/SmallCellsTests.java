package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.registry.ResponderRates.Interval;
import org.regenpath.registry.SmallCells.Audience;
import org.regenpath.registry.SmallCells.Status;

/**
 * The small-cell policy at its edges: 10 patients is suppressed outside the clinic and marked inside, 11 is shown;
 * a small numerator or complement is suppressed with the denominator shown; in a table, a lone suppressed cell
 * takes a complementary one with it so that no suppressed cell can be worked out from the total.
 */
class SmallCellsTests {

    @Test
    void tenPatientsAreSuppressedOutsideTheClinicWithOnlyTheBand() {
        SmallCells.Figure f = SmallCells.figure(Rate.of(5, 10, Interval.WILSON), Audience.OUTSIDE);
        assertThat(f.status()).isEqualTo(Status.SUPPRESSED);
        assertThat(f.count()).isNull();
        assertThat(f.of()).isNull();
        assertThat(f.estimate()).isNull();
        assertThat(f.lower()).isNull();
        assertThat(f.upper()).isNull();
        assertThat(f.band()).isEqualTo("fewer than 11");
    }

    @Test
    void elevenPatientsAreShownWholeOutsideTheClinic() {
        Rate rate = Rate.of(0, 11, Interval.CLOPPER_PEARSON);
        SmallCells.Figure f = SmallCells.figure(rate, Audience.OUTSIDE);
        assertThat(f.status()).isEqualTo(Status.WHOLE);
        assertThat(f.count()).isZero();
        assertThat(f.of()).isEqualTo(11);
        assertThat(f.estimate()).isEqualTo(rate.estimate());
        assertThat(f.upper()).isEqualTo(rate.upper());
        assertThat(f.band()).isNull();
    }

    @Test
    void insideTheClinicTenPatientsAreShownWholeAndMarkedElevenAreNot() {
        SmallCells.Figure ten = SmallCells.figure(Rate.of(5, 10, Interval.WILSON), Audience.CLINIC);
        assertThat(ten.status()).isEqualTo(Status.SMALL_SAMPLE);
        assertThat(ten.count()).isEqualTo(5);
        assertThat(ten.of()).isEqualTo(10);
        assertThat(ten.estimate()).isEqualTo(0.5);
        assertThat(ten.lower()).isNotNull();
        SmallCells.Figure eleven = SmallCells.figure(Rate.of(5, 11, Interval.WILSON), Audience.CLINIC);
        assertThat(eleven.status()).isEqualTo(Status.WHOLE);
        assertThat(eleven.count()).isEqualTo(5);
    }

    @Test
    void aSmallNumeratorOrComplementIsSuppressedButTheDenominatorIsShown() {
        SmallCells.Figure fewResponders = SmallCells.figure(Rate.of(3, 40, Interval.WILSON), Audience.OUTSIDE);
        assertThat(fewResponders.suppressed()).isTrue();
        assertThat(fewResponders.of()).isEqualTo(40);
        assertThat(fewResponders.count()).isNull();
        assertThat(fewResponders.estimate()).isNull();
        SmallCells.Figure fewNonResponders = SmallCells.figure(Rate.of(30, 40, Interval.WILSON), Audience.OUTSIDE);
        assertThat(fewNonResponders.suppressed()).as("10 non-responders are a cell of 10").isTrue();
        SmallCells.Figure elevenEachSide = SmallCells.figure(Rate.of(11, 22, Interval.WILSON), Audience.OUTSIDE);
        assertThat(elevenEachSide.suppressed()).isFalse();
        assertThat(elevenEachSide.count()).isEqualTo(11);
    }

    @Test
    void zeroIsNoSmallCell() {
        assertThat(SmallCells.small(0)).isFalse();
        assertThat(SmallCells.small(1)).isTrue();
        assertThat(SmallCells.small(10)).isTrue();
        assertThat(SmallCells.small(11)).isFalse();
        assertThat(SmallCells.figure(Rate.of(0, 0, Interval.WILSON), Audience.OUTSIDE).status())
                .isEqualTo(Status.WHOLE);
        assertThat(SmallCells.count(0, Audience.OUTSIDE)).isEqualTo("0");
        assertThat(SmallCells.count(10, Audience.OUTSIDE)).isEqualTo("fewer than 11");
        assertThat(SmallCells.count(10, Audience.CLINIC)).isEqualTo("10");
        assertThat(SmallCells.count(11, Audience.OUTSIDE)).isEqualTo("11");
    }

    @Test
    void aLoneSuppressedCellTakesTheSmallestOtherCellWithIt() {
        Map<String, Integer> cells = cells("knee", 7, "hip", 25, "back", 40, "shoulder", 0);
        SmallCells.Table<String> t = SmallCells.table(cells, Audience.OUTSIDE);
        assertThat(t.suppressed()).containsExactlyInAnyOrder("knee", "hip");
        assertThat(t.shownTotal()).isEqualTo(72);
        assertThat(t.shown("back")).isEqualTo(40);
        assertThat(t.shown("shoulder")).as("a zero is shown").isZero();
        assertThat(t.shown("knee")).isNull();
        assertThat(t.shown("hip")).isNull();
    }

    @Test
    void suppressedCellsTogetherHoldAtLeastEleven() {
        SmallCells.Table<String> t = SmallCells.table(cells("a", 2, "b", 3, "c", 30, "d", 50), Audience.OUTSIDE);
        assertThat(t.suppressed()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(t.totalSuppressed()).isFalse();
    }

    @Test
    void whenNoCellIsLeftTheTotalIsSuppressed() {
        SmallCells.Table<String> t = SmallCells.table(cells("a", 12, "b", 0), Audience.OUTSIDE);
        assertThat(t.suppressed()).isEmpty();
        assertThat(t.shownTotal()).isEqualTo(12);
        SmallCells.Table<String> lone = SmallCells.table(cells("a", 4, "b", 0), Audience.OUTSIDE);
        assertThat(lone.suppressed()).containsExactly("a");
        assertThat(lone.shownTotal()).isNull();
        SmallCells.Table<String> inside = SmallCells.table(cells("a", 4, "b", 30), Audience.CLINIC);
        assertThat(inside.suppressed()).isEmpty();
        assertThat(inside.shownTotal()).isEqualTo(34);
    }

    @Test
    void noSuppressedCellOrSumOfThemCanBeWorkedOutFromWhatIsShown() {
        qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 6)).checkAssert(counts -> {
            Map<Integer, Integer> cells = new LinkedHashMap<>();
            for (int i = 0; i < counts.size(); i++) {
                cells.put(i, counts.get(i));
            }
            SmallCells.Table<Integer> t = SmallCells.table(cells, Audience.OUTSIDE);
            for (var e : cells.entrySet()) {
                if (t.shown(e.getKey()) != null) {
                    assertThat(SmallCells.small(t.shown(e.getKey()))).as("a shown cell is 0 or 11 or more").isFalse();
                }
            }
            if (t.shownTotal() != null) {
                assertThat(SmallCells.small(t.total())).isFalse();
                int hidden = t.suppressed().stream().mapToInt(cells::get).sum();
                assertThat(SmallCells.small(hidden)).as("total minus the shown cells is no small cell").isFalse();
                assertThat(t.suppressed().size()).as("never one suppressed cell beside a shown total")
                        .isNotEqualTo(1);
            }
        });
    }

    private static Map<String, Integer> cells(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
