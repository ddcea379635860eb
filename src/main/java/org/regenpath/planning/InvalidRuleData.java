package org.regenpath.planning;

/**
 * The regulatory rule data cannot be used: unreadable, an unknown value, a rule without a source. Raised when the
 * data is loaded, so that a broken rule file stops the application at start instead of misclassifying plans.
 */
public class InvalidRuleData extends RuntimeException {

    public InvalidRuleData(String file, String problem) {
        super(file + ": " + problem);
    }

    public InvalidRuleData(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
