package org.regenpath.shared;

/** The actor's role may not perform this action. Shown as 403 with the problem type {@code access-denied}. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
