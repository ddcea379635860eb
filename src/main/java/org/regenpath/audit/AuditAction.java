package org.regenpath.audit;

/** What was done. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    /** A document naming a patient or product was printed: a product label or a wristband (FACT-JACIE D7). */
    PRINT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS
}
