package org.regenpath.audit;

/** Whether the action was carried out or refused. */
public enum AuditOutcome {
    SUCCESS,
    DENIED
}
