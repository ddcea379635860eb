package org.regenpath.audit;

/** What was done. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    /** A document naming a patient or product was printed: a product label or a wristband (FACT-JACIE D7). */
    PRINT,
    /** Rows of the audit trail were exported as a file (CSV) for an auditor. */
    EXPORT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS
}
