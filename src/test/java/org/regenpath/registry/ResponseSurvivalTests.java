package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.stats.KaplanMeier;

/** Time to first response and its durability on a hand-made cohort, every figure worked out in the comments. */
class ResponseSurvivalTests {

    private static final Instrument NRS = InstrumentCatalog.load().instrument("nrs-11");

    /**
     * P1 10 → 8 (1 m, 20 %), 6 (3 m, responds), 5 (6 m), 9 (12 m, lost): response at 3, lost 9 months later. P2 10 →
     * 7, 7: response at 1, censored 2 months later. P3 8 → 8 (1 m), 7 (6 m): never, censored at 6. P4 baseline 0.
     * P5 baseline 5 and no follow-up. P6 no baseline. P7 10 → 5 at 3 months only: response at 3, censored at 0.
     */
    private static final List<ResponderRates.Patient> COHORT = List.of(
            patient(1, "baseline", 10, "1m", 8, "3m", 6, "6m", 5, "12m", 9),
            patient(2, "baseline", 10, "1m", 7, "3m", 7),
            patient(3, "baseline", 8, "1m", 8, "6m", 7),
            patient(4, "baseline", 0, "1m", 0),
            patient(5, "baseline", 5),
            patient(6, "1m", 3),
            patient(7, "baseline", 10, "3m", 5));

    private static ResponderRates.Patient patient(long id, Object... pairs) {
        Map<String, ExactScore> scores = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put((String) pairs[i], ExactScore.of(new BigDecimal(pairs[i + 1].toString())));
        }
        return new ResponderRates.Patient(PatientId.of(id), LocalDate.of(2025, 1, 1), scores, scores);
    }

    @Test
    void patientsWithoutABaselineOrAFollowUpAreCountedApart() {
        ResponseSurvival.Figures f = ResponseSurvival.of(NRS, COHORT);
        assertThat(f.withoutBaseline()).isEqualTo(2);
        assertThat(f.withoutFollowUp()).isEqualTo(1);
    }

    @Test
    void timeToFirstResponse() {
        ResponseSurvival.Curve c = ResponseSurvival.of(NRS, COHORT).timeToResponse();
        // Events at 1 (P2), 3 (P1, P7, tied); P3 censored at 6.
        assertThat(c.patients()).isEqualTo(4);
        assertThat(c.events()).isEqualTo(3);
        assertThat(c.censored()).isEqualTo(1);
        assertThat(c.curve()).extracting(KaplanMeier.Step::time, KaplanMeier.Step::atRisk, KaplanMeier.Step::events)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, 4, 1),
                        org.assertj.core.groups.Tuple.tuple(3.0, 3, 2));
        // S(1) = 3/4; S(3) = 3/4 * 1/3 = 1/4. Greenwood: 1/4² (1/(4*3) + 2/(3*1)) = 0.0625 * 0.75.
        assertThat(c.curve().get(0).survival()).isCloseTo(0.75, within(1e-12));
        assertThat(c.curve().get(1).survival()).isCloseTo(0.25, within(1e-12));
        assertThat(c.curve().get(1).greenwoodVariance()).isCloseTo(0.046875, within(1e-12));
        assertThat(c.median().time()).isEqualTo(3.0);
        assertThat(c.atRisk()).extracting(ResponseSurvival.AtRisk::atRisk).containsExactly(4, 4, 3, 1, 0, 0);
    }

    @Test
    void durabilityOfResponse() {
        ResponseSurvival.Curve c = ResponseSurvival.of(NRS, COHORT).durability();
        // P1 lost after 9 months; P2 censored after 2; P7 censored at 0.
        assertThat(c.patients()).isEqualTo(3);
        assertThat(c.events()).isEqualTo(1);
        assertThat(c.censored()).isEqualTo(2);
        assertThat(c.curve()).hasSize(1);
        assertThat(c.curve().get(0).time()).isEqualTo(9.0);
        assertThat(c.curve().get(0).survival()).isZero();
        assertThat(c.curve().get(0).greenwoodVariance()).isNull();
        assertThat(c.atRisk()).extracting(ResponseSurvival.AtRisk::atRisk).containsExactly(3, 2, 1, 1, 0, 0);
    }
}
