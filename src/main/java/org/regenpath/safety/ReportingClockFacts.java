package org.regenpath.safety;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of one adverse event that decide which expedited reporting clocks start, as
 * {@link ReportingClockRules} reads them. The adverse event record maps onto it; this record checks only that the
 * facts agree with each other.
 *
 * @param serious whether the event is serious; must be true exactly when {@code criteria} is not empty
 * @param criteria the ICH E2A seriousness criteria the event meets
 * @param expected whether the event is expected, i.e. listed in the clinic's consent document (or, under an IND,
 *     the investigator brochure) at the specificity and severity observed
 * @param strongest the strongest relatedness judged for the harvest, the injection or the product
 * @param regime the reporting regime of the product the event concerns ({@link ReportingClockRules#regimeOf})
 * @param communicableDisease whether the event involves a communicable disease (an infection that could have been
 *     transmitted by the product, 21 CFR 1271.350(a)(1))
 * @param interventionNeeded whether the event necessitated medical or surgical intervention (21 CFR
 *     1271.350(a)(2)(iv)), which can be true of an event that is not serious by ICH E2A
 * @param firstKnownAt when the clinic first knew of the event: the first moment anyone at the clinic received
 *     information about it, e.g. a patient's portal report or phone call, not the moment a clinician graded it
 * @param clinicZone the clinic's time zone, in which its calendar days are counted
 */
public record ReportingClockFacts(boolean serious, Set<SeriousnessCriterion> criteria, boolean expected,
        Relatedness strongest, Regime regime, boolean communicableDisease, boolean interventionNeeded,
        Instant firstKnownAt, ZoneId clinicZone) {

    /** Which expedited reporting regulation, if any, governs the product an event concerns. */
    public enum Regime {
        /** A product used under an investigational new drug application: 21 CFR 312.32. */
        IND("Investigational new drug application (21 CFR 312.32)"),
        /** A 361 HCT/P: 21 CFR 1271.350(a). */
        HCTP_361("361 HCT/P (21 CFR 1271.350)"),
        /** No mandatory expedited report applies; the clinic may report voluntarily on Form FDA 3500 (MedWatch). */
        VOLUNTARY("No mandatory expedited report; voluntary MedWatch report possible");

        private final String label;

        Regime(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReportingClockFacts {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(strongest, "strongest");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(firstKnownAt, "firstKnownAt");
        Objects.requireNonNull(clinicZone, "clinicZone");
        if (serious == criteria.isEmpty()) {
            throw new IllegalArgumentException(serious ? "A serious event needs at least one seriousness criterion"
                    : "An event that meets a seriousness criterion is serious");
        }
        criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
    }

    /** Whether the event resulted in death or was life-threatening. */
    public boolean fatalOrLifeThreatening() {
        return criteria.contains(SeriousnessCriterion.DEATH) || criteria.contains(SeriousnessCriterion.LIFE_THREATENING);
    }
}
