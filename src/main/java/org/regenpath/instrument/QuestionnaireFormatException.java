package org.regenpath.instrument;

/**
 * A Questionnaire, licensed-text or data file that cannot be used as it is. The message names the file and what
 * is wrong; the application refuses to start rather than score with a broken instrument.
 */
public class QuestionnaireFormatException extends RuntimeException {

    public QuestionnaireFormatException(String message) {
        super(message);
    }

    public QuestionnaireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
