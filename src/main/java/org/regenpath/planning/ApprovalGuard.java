package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * Refuses to approve a plan whose pathway needs records the clinic does not have: a 351 product (21 CFR
 * 1271.20; PHS Act section 351) needs an IND number and an IRB approval on record, and a research-only product
 * needs the clinical trial it belongs to. Every missing record is listed at once, each under its own field, in
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
                missing.put("indNumber", "This plan is a 351 product; record its IND number before approval.");
            }
            if (record.irb().isEmpty()) {
                missing.put("irbApproval", "This plan is a 351 product; record the IRB approval before approval.");
            }
        }
        if (classification.requiresTrial() && record.trial().isEmpty()) {
            missing.put("trialReference", classification.facts().productType().label()
                    + " is research-only; record the clinical trial this plan belongs to before approval.");
        }
        return missing;
    }

    /**
     * @throws InvalidInput listing every missing record
     */
    public static void check(RegulatoryClassification classification, RegulatoryRecord record) {
        Map<String, String> missing = missing(classification, record);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }
}
