package org.regenpath.safety.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.safety.SafetyFigures;
import org.regenpath.safety.SafetyRateRow;
import org.regenpath.safety.SafetyRateTable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The clinic safety view: events after the clinic's procedures, per 100 procedures with their 95 % Wilson
 * intervals, by cell source and product, by grade and by seriousness; solicited and passively collected apart.
 */
@Controller
class SafetyOverviewPage {

    private final SafetyFigures figures;
    private final CurrentActor actor;

    SafetyOverviewPage(SafetyFigures figures, CurrentActor actor) {
        this.figures = figures;
        this.actor = actor;
    }

    @GetMapping("/safety/overview")
    String overview(Model model) {
        SafetyFigures.Counted counted = figures.count(actor.get());
        model.addAttribute("figures", counted);
        model.addAttribute("sections", sections(counted.table()));
        model.addAttribute("collections", SafetyRateRow.Collection.values());
        return "safety/overview";
    }

    /** One table of the page: a grouping, a line per group. */
    record Section(SafetyRateRow.Grouping grouping, List<Line> lines) {}

    /** One group, its solicited, passive and either-way figures side by side. */
    record Line(String group, SafetyRateRow solicited, SafetyRateRow passive, SafetyRateRow either) {

        /** The three figures in the order of the columns. */
        public List<SafetyRateRow> cells() {
            return List.of(solicited, passive, either);
        }
    }

    static List<Section> sections(SafetyRateTable table) {
        List<Section> sections = new ArrayList<>();
        for (SafetyRateRow.Grouping g : SafetyRateRow.Grouping.values()) {
            Map<String, Map<SafetyRateRow.Collection, SafetyRateRow>> byGroup = new LinkedHashMap<>();
            for (SafetyRateRow r : table.rows(g)) {
                byGroup.computeIfAbsent(r.group(), k -> new EnumMap<>(SafetyRateRow.Collection.class))
                        .put(r.collection(), r);
            }
            sections.add(new Section(g, byGroup.entrySet().stream().map(e -> new Line(e.getKey(),
                    e.getValue().get(SafetyRateRow.Collection.SOLICITED),
                    e.getValue().get(SafetyRateRow.Collection.PASSIVE),
                    e.getValue().get(SafetyRateRow.Collection.EITHER))).toList()));
        }
        return sections;
    }
}
