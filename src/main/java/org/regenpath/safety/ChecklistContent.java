package org.regenpath.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regenpath.shared.CellSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The solicited checklist's content, read from {@code clinical/safety/solicited-checklist.json} (which cites where
 * each item comes from): its version, the days after a procedure it is asked on, the cell sources whose harvest
 * puts harvest-site items on it, and the items in order.
 *
 * @param version the content's version, kept by every checklist asked with it
 * @param days the days after the procedure, ascending
 * @param harvestSources the cell sources harvested from the patient (bone marrow, fat)
 * @param items the items in the order they are asked
 */
record ChecklistContent(String version, List<Integer> days, Set<CellSource> harvestSources, List<Line> items) {

    static final String FILE = "clinical/safety/solicited-checklist.json";

    /**
     * One item.
     *
     * @param id stable within the content
     * @param term the key of the adverse event term it reports
     * @param site the part of the body
     * @param harvestOnly asked only when cells were harvested from the patient
     * @param question the question, in plain words
     */
    record Line(String id, String term, ChecklistSite site, boolean harvestOnly, String question) {}

    /** The items asked: all of them after a harvest from the patient, otherwise those not about a harvest site. */
    List<Line> items(boolean harvested) {
        return items.stream().filter(i -> harvested || !i.harvestOnly()).toList();
    }

    /** The shipped content. */
    static ChecklistContent load() {
        try (InputStream in = ChecklistContent.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + ": not found on the classpath");
            }
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
        }
    }

    private static ChecklistContent parse(JsonNode root) {
        List<Integer> days = new ArrayList<>();
        root.required("days").forEach(d -> days.add(d.asInt()));
        Set<CellSource> harvest = new HashSet<>();
        root.required("harvestCellSources").forEach(s -> harvest.add(CellSource.valueOf(s.asString())));
        List<Line> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode i : root.required("items")) {
            Line line = new Line(i.required("id").asString(), i.required("term").asString(),
                    ChecklistSite.valueOf(i.required("site").asString()), i.required("harvestOnly").asBoolean(),
                    i.required("question").asString());
            if (!ids.add(line.id())) {
                throw new IllegalStateException(FILE + ": item \"" + line.id() + "\" appears twice");
            }
            items.add(line);
        }
        return new ChecklistContent(root.required("version").asString(), List.copyOf(days), Set.copyOf(harvest),
                List.copyOf(items));
    }
}
