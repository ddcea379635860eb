package org.regenpath.shared;

/**
 * The record does not exist, or belongs to another clinic. Both read the same to the caller so that ids of
 * other clinics' records reveal nothing (OWASP ASVS 4.2.1); the audit trail records which it was.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
