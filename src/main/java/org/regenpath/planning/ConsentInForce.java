package org.regenpath.planning;

import java.util.Objects;

/**
 * Whether the patient's consent to a plan's approved version in force stands, for the steps that act on the plan
 * later: collecting the cells, releasing and injecting them. A patient may withdraw consent at any time, also after
 * the plan was approved (ISSCR informed-consent standard, voluntariness; the consent document's section
 * "voluntary"); a withdrawn consent means nothing more is done under that version.
 *
 * @param planId the plan
 * @param versionNumber the version in force, or {@code null} when no version of the plan is approved
 * @param status where the consent to that version stands; {@link ConsentStatus#NOT_SIGNED} when there is no
 *     version in force
 * @param withdrawal the patient's withdrawal (when, why, who recorded it), or {@code null} unless
 *     {@link ConsentStatus#WITHDRAWN}
 * @param message the status in a sentence, as the plan page says it
 */
public record ConsentInForce(long planId, Integer versionNumber, ConsentStatus status, ConsentWithdrawal withdrawal,
        String message) {

    public ConsentInForce {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if ((status == ConsentStatus.WITHDRAWN) != (withdrawal != null)) {
            throw new IllegalArgumentException("A withdrawal is given exactly when the consent is WITHDRAWN");
        }
    }

    /** The plan has a version in force and the patient's consent to it is signed, countersigned and standing. */
    public boolean inForce() {
        return versionNumber != null && status == ConsentStatus.VALID;
    }

    /** The patient withdrew the consent to the version in force. */
    public boolean withdrawn() {
        return status == ConsentStatus.WITHDRAWN;
    }
}
