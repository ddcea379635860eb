package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * Refuses to approve a plan version that lacks what approval needs: a valid consent of the patient to exactly
 * that version (issue #4 item 3; {@link ConsentCheck}), and the records its pathway needs: a 351 product (21 CFR
 * 1271.20; PHS Act section 351) needs an IND number and an IRB approval on record, and a research-only product
 * needs the clinical trial it belongs to. Everything missing is listed at once, each under its own field, in
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
