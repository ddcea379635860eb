package org.regenpath.audit;

/** What was done. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS
}
