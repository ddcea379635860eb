package org.regenpath.instrument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.InvalidInput;

/**
 * A response's answers checked against its instrument: every key is a question of the instrument and every value
 * one of that question's ordinals. A missing key (or a {@code null} value) is an unanswered question.
 */
final class Answers {

    private final Map<String, Integer> ordinals;

    private Answers(Map<String, Integer> ordinals) {
        this.ordinals = Collections.unmodifiableMap(ordinals);
    }

    /**
     * Checks the answers before anything is scored.
     *
     * @throws InvalidInput with one message per offending question (field = linkId)
     */
    static Answers check(Instrument instrument, Map<String, Integer> given) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> ok = new LinkedHashMap<>();
        given.forEach((linkId, ordinal) -> {
            Optional<InstrumentItem> item = instrument.question(linkId);
            if (item.isEmpty()) {
                errors.put(linkId, "\"" + linkId + "\" is not a question of " + instrument.title() + ".");
            } else if (ordinal != null && !item.get().accepts(ordinal)) {
                errors.put(linkId, "Answer " + ordinal + " to question " + linkId + " is outside its scale "
                        + item.get().minOrdinal() + "–" + item.get().maxOrdinal() + ".");
            } else if (ordinal != null) {
                ok.put(linkId, ordinal);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Answers(ok);
    }

    /** The ordinal of an answered question. */
    Optional<Integer> of(String linkId) {
        return Optional.ofNullable(ordinals.get(linkId));
    }

    /** The ordinals of the answered questions among {@code items}, in item order. */
    List<Integer> answeredAmong(List<InstrumentItem> items) {
        return items.stream().map(i -> ordinals.get(i.linkId())).filter(v -> v != null).toList();
    }

    static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
