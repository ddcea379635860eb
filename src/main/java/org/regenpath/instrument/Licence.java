package org.regenpath.instrument;

import java.util.Objects;

/**
 * An instrument's licence facts.
 *
 * @param terms whether the wording may ship in the repository
 * @param note the licence note the file carries (owner, terms, where they were read)
 * @param itemText where the wording shown to patients comes from in this deployment
 */
public record Licence(TextLicence terms, String note, ItemTextSource itemText) {

    public Licence {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(itemText, "itemText");
    }

    Licence withItemText(ItemTextSource source) {
        return new Licence(terms, note, source);
    }
}
