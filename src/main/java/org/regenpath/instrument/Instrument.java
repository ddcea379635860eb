package org.regenpath.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.regenpath.shared.InvalidInput;

/**
 * A patient-reported outcome instrument, read from its FHIR R4 Questionnaire file. Immutable.
 *
 * @param id the Questionnaire id, e.g. {@code koos-jr}; file name and scoring refer to it
 * @param url the canonical URL
 * @param name the computer-friendly name
 * @param title the title shown to people
 * @param version the version of the Questionnaire file
 * @param code the instrument's code: LOINC where verified, otherwise {@link Coding#LOCAL_SYSTEM}
 * @param copyright the copyright line that must accompany the wording
 * @param licence the licence facts and where the wording comes from
 * @param source the publication(s) the items, scoring and missing-item rule follow
 * @param scoring how the instrument is scored and read
 * @param items the top-level items (groups nest further items)
 */
public record Instrument(String id, String url, String name, String title, String version, Coding code,
        String copyright, Licence licence, String source, ScoringSpec scoring, List<InstrumentItem> items) {

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scoring, "scoring");
        items = List.copyOf(items);
    }

    /**
     * A short name for lists: the abbreviation in the title's closing parentheses ("Pain intensity (NRS-11)" gives
     * "NRS-11"), else the title before its parentheses ("KOOS, JR. (Knee injury ...)" gives "KOOS, JR.").
     */
    public String shortTitle() {
        int open = title.lastIndexOf(" (");
        if (open < 0 || !title.endsWith(")")) {
            return title;
        }
        String inside = title.substring(open + 2, title.length() - 1);
        return inside.contains(" ") ? title.substring(0, title.indexOf(" (")) : inside;
    }

    /** Every choice item, groups flattened, in questionnaire order. */
    public List<InstrumentItem> questions() {
        List<InstrumentItem> out = new ArrayList<>();
        collect(items, out);
        return List.copyOf(out);
    }

    /** The choice items the scoring rule uses. */
    public List<InstrumentItem> scoredQuestions() {
        return questions().stream().filter(InstrumentItem::scored).toList();
    }

    /** The choice items of one group (a KOOS subscale). */
    public List<InstrumentItem> questionsIn(String groupLinkId) {
        return questions().stream().filter(q -> groupLinkId.equals(q.group())).toList();
    }

    /** The choice item with this linkId, if any. */
    public Optional<InstrumentItem> question(String linkId) {
        return questions().stream().filter(q -> q.linkId().equals(linkId)).findFirst();
    }

    /**
     * The ordinal of an answer given as a code, as the portal will submit it.
     *
     * @throws InvalidInput naming the item when the item or the code is unknown
     */
    public int ordinalOf(String linkId, String answerCode) {
        InstrumentItem item = question(linkId).orElseThrow(() -> InvalidInput.of(linkId,
                "\"" + linkId + "\" is not a question of " + title + "."));
        return item.option(answerCode).map(AnswerOption::ordinal).orElseThrow(() -> InvalidInput.of(linkId,
                "\"" + answerCode + "\" is not one of the answers to question " + linkId + " of " + title + "."));
    }

    private static void collect(List<InstrumentItem> level, List<InstrumentItem> out) {
        for (InstrumentItem item : level) {
            if (item.type() == ItemType.CHOICE) {
                out.add(item);
            }
            collect(item.items(), out);
        }
    }

    Instrument withItems(List<InstrumentItem> newItems, ItemTextSource textSource) {
        return new Instrument(id, url, name, title, version, code, copyright, licence.withItemText(textSource),
                source, scoring, newItems);
    }
}
