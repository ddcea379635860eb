package org.regenpath.intake;

import java.util.List;
import org.regenpath.shared.PatientId;

/** A patient's chronic pain profile: every pain condition (entered-in-error ones included) and the health screen. */
public record PainProfile(PatientId patientId, List<PainCondition> conditions, HealthScreen healthScreen) {

    /** The conditions that count: all but those entered in error. */
    public List<PainCondition> activeConditions() {
        return conditions.stream().filter(c -> !c.enteredInError()).toList();
    }

    public List<PainCondition> enteredInError() {
        return conditions.stream().filter(PainCondition::enteredInError).toList();
    }
}
