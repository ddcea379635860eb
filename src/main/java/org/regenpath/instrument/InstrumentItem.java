package org.regenpath.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an instrument, as FHIR's {@code Questionnaire.item}.
 *
 * @param linkId the item's stable id; answers and error messages refer to it
 * @param type group, display or choice
 * @param text the wording shown to the patient (a placeholder when licensed wording is not installed)
 * @param required whether the form asks for an answer; the scoring rule alone decides what missing answers mean
 * @param scored whether the scoring rule uses the item (PHQ-9's difficulty question is asked but not scored)
 * @param group the linkId of the enclosing group, or {@code null} at the top level
 * @param answerOptions the permitted answers of a choice item, in display order
 * @param items the nested items of a group
 */
public record InstrumentItem(String linkId, ItemType type, String text, boolean required, boolean scored,
        String group, List<AnswerOption> answerOptions, List<InstrumentItem> items) {

    public InstrumentItem {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        answerOptions = List.copyOf(answerOptions);
        items = List.copyOf(items);
    }

    /** The lowest ordinal a choice item accepts. */
    public int minOrdinal() {
        return answerOptions.stream().mapToInt(AnswerOption::ordinal).min().orElse(0);
    }

    /** The highest ordinal a choice item accepts. */
    public int maxOrdinal() {
        return answerOptions.stream().mapToInt(AnswerOption::ordinal).max().orElse(0);
    }

    /** Whether {@code ordinal} is one of this item's answers. */
    public boolean accepts(int ordinal) {
        return answerOptions.stream().anyMatch(o -> o.ordinal() == ordinal);
    }

    /** The answer with this code, if any. */
    public Optional<AnswerOption> option(String code) {
        return answerOptions.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** A copy with other wording (used when a clinic installs licensed item text). */
    InstrumentItem withText(String newText, List<AnswerOption> newOptions, List<InstrumentItem> newItems) {
        return new InstrumentItem(linkId, type, newText, required, scored, group, newOptions, newItems);
    }
}
