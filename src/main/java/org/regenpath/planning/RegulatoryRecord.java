package org.regenpath.planning;

import java.util.Optional;
import org.regenpath.shared.InvalidInput;

/**
 * What the clinic holds on record that lets a plan go ahead on its pathway: the IND number and IRB approval a
 * 351 product needs, the trial a research-only product must belong to, and for a 361 HCT/P the FDA establishment
 * registration (21 CFR 1271.10(b)) and, for a donor's cells, the donor eligibility determination (1271.45). All
 * optional; {@link ApprovalGuard} says which the plan's classification requires.
 *
 * @param indNumber the FDA investigational new drug application number, or {@code null}
 * @param irbApproval the IRB approval, or {@code null}
 * @param trialReference the clinical trial, e.g. its registry number, or {@code null}
 * @param establishmentRegistration the FDA establishment registration (FEI) number under which the 361 HCT/P is
 *     registered and listed: the clinic's own, or, where the clinic only receives and stores the product for use
 *     in its own facility (1271.15(c)), that of the establishment that made it; or {@code null}
 * @param donorEligibility the reference of the donor eligibility determination of an allogeneic product's donor
 *     (e.g. the lot's determination record), or {@code null}
 */
public record RegulatoryRecord(String indNumber, IrbApproval irbApproval, String trialReference,
        String establishmentRegistration, String donorEligibility) {

    private static final int MAX_LENGTH = 64;

    public RegulatoryRecord {
        indNumber = clean(indNumber, "indNumber");
        trialReference = clean(trialReference, "trialReference");
        establishmentRegistration = clean(establishmentRegistration, "establishmentRegistration");
        donorEligibility = clean(donorEligibility, "donorEligibility");
    }

    /** The records of a 351 product or a trial, without 361 registration or donor eligibility. */
    public RegulatoryRecord(String indNumber, IrbApproval irbApproval, String trialReference) {
        this(indNumber, irbApproval, trialReference, null, null);
    }

    /** Nothing on record: enough for a product outside Part 1271 and for the same surgical procedure exception. */
    public static RegulatoryRecord none() {
        return new RegulatoryRecord(null, null, null, null, null);
    }

    public Optional<String> registration() {
        return Optional.ofNullable(establishmentRegistration);
    }

    public Optional<String> donorEligibilityRecord() {
        return Optional.ofNullable(donorEligibility);
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
