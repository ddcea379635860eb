package org.regenpath.audit;

import org.regenpath.shared.Role;

/**
 * One row of the audit trail as a person reads it: the record type in words and the patient by name and MRN.
 *
 * @param patient "Family, Given · MRN …", or {@code null} when the row names no patient (or one no longer found)
 */
public record AuditEntry(AuditRecord record, String patient) {

    public String recordType() {
        return RecordTypes.label(record.resourceType());
    }

    /** The role in words ("Clinic admin"), or the stored name of a role that no longer exists. */
    public String role() {
        String role = record.role();
        if (role == null) {
            return "";
        }
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    /** "Read", "Login failed", ... */
    public String action() {
        return words(record.action().name());
    }

    /** "Success" or "Denied". */
    public String outcome() {
        return words(record.outcome().name());
    }

    public boolean denied() {
        return record.outcome() == AuditOutcome.DENIED;
    }

    private static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
