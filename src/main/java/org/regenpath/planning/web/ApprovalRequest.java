package org.regenpath.planning.web;

import java.time.LocalDate;
import org.regenpath.planning.IrbApproval;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Approval of a plan's draft: the plan's version and the regulatory records it is approved on. The IRB fields
 * are all empty or all filled.
 */
record ApprovalRequest(
        Long version,
        String indNumber,
        String irbBoard,
        String irbReference,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate irbApprovedOn,
        String trialReference,
        String establishmentRegistration,
        String donorEligibility) {

    long expectedVersion() {
        if (version == null) {
            throw InvalidInput.of("version", "Send the version you approved");
        }
        return version;
    }

    RegulatoryRecord toRecord() {
        boolean noIrb = blank(irbBoard) && blank(irbReference) && irbApprovedOn == null;
        return new RegulatoryRecord(indNumber, noIrb ? null : new IrbApproval(irbBoard, irbReference, irbApprovedOn),
                trialReference, establishmentRegistration, donorEligibility);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
