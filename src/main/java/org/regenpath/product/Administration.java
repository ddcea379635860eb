package org.regenpath.product;

import java.util.Objects;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/**
 * An injection about to happen, as the bedside screen hands it to the product: the patient the wristband
 * identified, the chosen site, the second person confirming, and the operator's step details (operator, time,
 * location, volume injected, notes).
 *
 * @param patient the patient identified by the wristband
 * @param site the injection site chosen at the bedside; {@code null} if none was chosen, which is refused
 * @param verifier the second person who confirms the check; must not be the operator
 * @param step the operator and the rest of the step
 */
public record Administration(PatientId patient, InjectionSite site, StaffMember verifier, StepDetails step) {

    public Administration {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(step, "step");
    }

    public StaffMember operator() {
        return step.by();
    }
}
