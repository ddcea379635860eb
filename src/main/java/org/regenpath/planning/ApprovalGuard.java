package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * Refuses to approve a plan version that lacks what approval needs: a valid consent of the patient to exactly
 * that version ({@link ConsentCheck}), and the records its pathway needs: a product regulated as a drug, device
 * and/or biological product (21 CFR 1271.20) needs an IND number and an IRB approval on record; a 361 HCT/P needs
 * the FDA establishment registration it is registered and listed under (1271.10(b); the exceptions of 1271.15 are
 * pathways of their own or the registration of the establishment that made it) and, when the cells come from a
 * donor, the donor eligibility determination (1271.45); and a research-only product needs the clinical trial it
 * belongs to. A product outside the HCT/P definition (1271.3(d)) or within the same surgical procedure exception
 * (1271.15(b)) needs none of these. Everything missing is listed at once, each under its own field, in
 * words a clinician can act on.
 */
public final class ApprovalGuard {

    private ApprovalGuard() {
    }

    /** What is missing, field by field; empty when the plan may be approved. */
    public static Map<String, String> missing(RegulatoryClassification classification, RegulatoryRecord record) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (classification.pathway().needsIndOrBla()) {
            if (record.ind().isEmpty()) {
                missing.put("indNumber", "This plan is regulated as a drug, device and/or biological product"
                        + " (21 CFR 1271.20); record its IND number before approval.");
            }
            if (record.irb().isEmpty()) {
                missing.put("irbApproval", "This plan is regulated as a drug, device and/or biological product"
                        + " (21 CFR 1271.20); record the IRB approval before approval.");
            }
        }
        if (classification.pathway().needsRegistration()) {
            if (record.registration().isEmpty()) {
                missing.put("establishmentRegistration", "This plan is a 361 HCT/P; record the FDA establishment"
                        + " registration (FEI) number it is registered and listed under (21 CFR 1271.10(b)) before"
                        + " approval: the clinic's own, or, if the clinic only receives and stores the product for use"
                        + " here (1271.15(c)), that of the establishment that made it.");
            }
            if (!classification.facts().cellSource().isAutologous() && record.donorEligibilityRecord().isEmpty()) {
                missing.put("donorEligibility", "The cells come from a donor; record the donor eligibility"
                        + " determination (21 CFR 1271.45) before approval.");
            }
        }
        if (classification.requiresTrial() && record.trial().isEmpty()) {
            missing.put("trialReference", classification.facts().productType().label()
                    + " is research-only; record the clinical trial this plan belongs to before approval.");
        }
        return missing;
    }

    /** What is missing, the consent first; empty when the plan version may be approved. */
    public static Map<String, String> missing(RegulatoryClassification classification, RegulatoryRecord record,
            ConsentCheck consent) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (consent == null || !consent.valid()) {
            missing.put("consent", consent == null ? "There is no consent to this version." : consent.message());
        }
        missing.putAll(missing(classification, record));
        return missing;
    }

    /**
     * @throws InvalidInput listing everything missing
     */
    public static void check(RegulatoryClassification classification, RegulatoryRecord record,
            ConsentCheck consent) {
        Map<String, String> missing = missing(classification, record, consent);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }
}
