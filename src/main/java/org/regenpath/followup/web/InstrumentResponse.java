package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentItem;
import org.regenpath.instrument.ItemTextSource;
import org.regenpath.instrument.ItemType;
import org.regenpath.instrument.TextLicence;

/**
 * An instrument with its questions as the JSON API sends it when a task is opened (decision 0038): its own types,
 * so the instrument module may change {@link Instrument} without changing what clients read. Field names, order and
 * values are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "Instrument")
record InstrumentResponse(String id, String url, String name, String title, String version, Coding code,
        String copyright, Licence licence, String source, Scoring scoring, List<Item> items) {

    /** The instrument's code. */
    @Schema(name = "Coding")
    record Coding(String system, String code, String display) {

        /** True when the code is a LOINC code (clients have always read it as {@code loinc}). */
        public boolean isLoinc() {
            return org.regenpath.instrument.Coding.LOINC.equals(system);
        }
    }

    /** The licence facts. */
    @Schema(name = "Licence")
    record Licence(TextLicence terms, String note, ItemTextSource itemText) {}

    /** How the instrument is scored and read. */
    @Schema(name = "ScoringSpec")
    record Scoring(String rule, Direction direction, BigDecimal min, BigDecimal max, McidResponse mcid,
            boolean immpactPainIntensity) {}

    /** One item; groups nest further items. */
    @Schema(name = "InstrumentItem")
    record Item(String linkId, ItemType type, String text, boolean required, boolean scored, String group,
            List<AnswerOption> answerOptions, List<Item> items) {

        static Item of(InstrumentItem i) {
            return new Item(i.linkId(), i.type(), i.text(), i.required(), i.scored(), i.group(),
                    i.answerOptions().stream().map(o -> new AnswerOption(o.code(), o.display(), o.ordinal())).toList(),
                    i.items().stream().map(Item::of).toList());
        }
    }

    /** One permitted answer of a choice item. */
    @Schema(name = "AnswerOption")
    record AnswerOption(String code, String display, int ordinal) {}

    static InstrumentResponse of(Instrument i) {
        var c = i.code();
        var l = i.licence();
        var s = i.scoring();
        return new InstrumentResponse(i.id(), i.url(), i.name(), i.title(), i.version(),
                new Coding(c.system(), c.code(), c.display()), i.copyright(),
                new Licence(l.terms(), l.note(), l.itemText()), i.source(),
                new Scoring(s.rule(), s.direction(), s.min(), s.max(), McidResponse.of(s.mcid()),
                        s.immpactPainIntensity()),
                i.items().stream().map(Item::of).toList());
    }
}
