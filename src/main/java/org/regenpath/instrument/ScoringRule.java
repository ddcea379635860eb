package org.regenpath.instrument;

/**
 * One published scoring algorithm, including its missing-item rule. Implementations cite their source.
 * Stateless and thread-safe.
 */
interface ScoringRule {

    /** The rule id the Questionnaire files name. */
    String id();

    /**
     * Checks that an instrument has the structure this rule needs (item count, answer range).
     *
     * @throws QuestionnaireFormatException naming the file's problem
     */
    void check(Instrument instrument);

    /** Scores answers already checked against the instrument. */
    Score score(Instrument instrument, Answers answers);

    /** Fails the load with a message naming the instrument. */
    static void require(boolean condition, Instrument instrument, String problem) {
        if (!condition) {
            throw new QuestionnaireFormatException(instrument.id() + ": " + problem);
        }
    }

    /** Requires {@code count} scored questions each answered on {@code min}..{@code max}. */
    static void requireItems(Instrument instrument, int count, int min, int max) {
        var questions = instrument.scoredQuestions();
        require(questions.size() == count, instrument,
                "rule expects " + count + " scored questions, file has " + questions.size());
        for (InstrumentItem q : questions) {
            require(q.minOrdinal() == min && q.maxOrdinal() == max
                    && q.answerOptions().size() == max - min + 1, instrument,
                    "question " + q.linkId() + " must offer every ordinal " + min + ".." + max);
        }
    }
}
