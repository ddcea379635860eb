package org.regenpath.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * The institutional review board's approval of the study a 351 plan belongs to, as the clinic records it.
 *
 * @param board the IRB's name
 * @param reference the IRB's approval or protocol number
 * @param approvedOn the date of approval
 */
public record IrbApproval(String board, String reference, LocalDate approvedOn) {

    public IrbApproval {
        board = board == null ? "" : board.strip();
        reference = reference == null ? "" : reference.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (board.isEmpty() || board.length() > 200) {
            errors.put("irbBoard", "Name the IRB (at most 200 characters)");
        }
        if (reference.isEmpty() || reference.length() > 64) {
            errors.put("irbReference", "Enter the IRB approval number (at most 64 characters)");
        }
        if (approvedOn == null) {
            errors.put("irbApprovedOn", "Enter the date of the IRB approval");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
