package org.regenpath.planning;

import java.util.Optional;
import org.regenpath.shared.InvalidInput;

/**
 * What the clinic holds on record that lets a plan go ahead on its pathway: the IND number and IRB approval a
 * 351 product needs, and the trial a research-only product must belong to. All optional; {@link ApprovalGuard}
 * says which the plan's classification requires.
 *
 * @param indNumber the FDA investigational new drug application number, or {@code null}
 * @param irbApproval the IRB approval, or {@code null}
 * @param trialReference the clinical trial, e.g. its registry number, or {@code null}
 */
public record RegulatoryRecord(String indNumber, IrbApproval irbApproval, String trialReference) {

    private static final int MAX_LENGTH = 64;

    public RegulatoryRecord {
        indNumber = clean(indNumber, "indNumber");
        trialReference = clean(trialReference, "trialReference");
    }

    /** Nothing on record: enough for the exception and for a 361 HCT/P. */
    public static RegulatoryRecord none() {
        return new RegulatoryRecord(null, null, null);
    }

    public Optional<String> ind() {
        return Optional.ofNullable(indNumber);
    }

    public Optional<IrbApproval> irb() {
        return Optional.ofNullable(irbApproval);
    }

    public Optional<String> trial() {
        return Optional.ofNullable(trialReference);
    }

    private static String clean(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            throw InvalidInput.of(field, "At most " + MAX_LENGTH + " characters");
        }
        return v;
    }
}
