package org.regenpath.product;

import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;

/**
 * A port the bedside reads to warn when a patient's baseline questionnaires are not completed before the injection
 * (decision 0029). The follow-up module owns the questionnaires and implements it; the product module may not
 * depend on follow-up (follow-up reads procedures, which read products), so the dependency points the other way.
 * Without an implementation (a product-only test slice) the bedside simply has nothing to warn about.
 */
public interface BaselineStatus {

    /**
     * The baseline questionnaires of the patient's schedule for this plan that are still open, and why, if the care
     * team recorded why they will not be collected; empty when every baseline is answered or there is no schedule.
     */
    Optional<BaselineGap> gap(PatientId patient, long planId);

    /** The reasons one may give, by code, in plain words, in the order to offer them. */
    Map<String, String> reasons();

    /**
     * Records why the baseline will not be collected before the procedure, for the patient's plan. Authorised for
     * the care team of the patient's clinic and audited by the implementation.
     *
     * @throws org.regenpath.shared.InvalidInput naming {@code baselineReason} or {@code baselineNote}
     */
    void explain(Actor actor, PatientId patient, long planId, String reason, String note);
}
