package org.regenpath.product;

/**
 * The clinic's product settings cannot be used: unreadable, an unknown product type, a missing source or an
 * impossible value. Raised when the settings are loaded, so a broken file stops the application at start.
 */
public class InvalidProductSettings extends RuntimeException {

    public InvalidProductSettings(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
