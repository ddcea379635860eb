package org.regenpath.registry.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.identity.CurrentActor;
import org.regenpath.registry.RegistryFigures;
import org.regenpath.registry.ResponderRates;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry dashboard for the clinicians and researchers of the caller's clinic: responders at each time point
 * with the three denominators side by side, each figure with its n and 95 % interval, as a chart and the same
 * numbers in a table; filtered by a plain form (condition, cell source, product type, time point) that works without
 * JavaScript. Aggregate figures only; the look is audited by {@link RegistryFigures}.
 */
@Controller
class RegistryPages {

    private final RegistryFigures figures;
    private final CurrentActor actor;
    private final JsonMapper json;

    RegistryPages(RegistryFigures figures, CurrentActor actor, JsonMapper json) {
        this.figures = figures;
        this.actor = actor;
        this.json = json;
    }

    @GetMapping("/registry")
    String dashboard(@RequestParam(required = false) String condition,
            @RequestParam(required = false) String cellSource, @RequestParam(required = false) String productType,
            @RequestParam(required = false) String timePoint, @RequestParam(required = false) String interval,
            Model model) {
        Map<String, String> conditions = figures.conditionNames();
        if (condition != null && !condition.isBlank() && !conditions.containsKey(condition.trim())) {
            throw InvalidInput.of("condition", "Unknown condition; choose one from the list.");
        }
        String point = timePoint == null || timePoint.isBlank() ? null : timePoint.trim();
        if (point != null && !ResponderRates.TIME_POINTS.containsKey(point)) {
            throw InvalidInput.of("timePoint", "Unknown time point; use one of "
                    + String.join(", ", ResponderRates.TIME_POINTS.keySet()) + ".");
        }
        RegistryFigures.Filter filter = RegistryFilters.of(condition, cellSource, productType, null, interval);
        RegistryFigures.Responders responders = figures.responders(actor.get(), filter);
        String primaryName = figures.instrumentTitle(responders.primaryInstrumentId());
        model.addAttribute("responders", responders);
        model.addAttribute("anyDue", responders.timePoints().stream().anyMatch(t -> t.due() > 0));
        model.addAttribute("measures", RegistryDashboard.measures(responders, primaryName, point, json));
        model.addAttribute("denominators", RegistryDashboard.DENOMINATORS);
        model.addAttribute("denominatorKeys", java.util.List.copyOf(RegistryDashboard.DENOMINATORS.keySet()));
        model.addAttribute("primaryName", primaryName);
        model.addAttribute("conditions", conditions);
        model.addAttribute("cellSources", CellSource.values());
        model.addAttribute("productTypes", ProductType.values());
        model.addAttribute("timePoints", timePointLabels());
        model.addAttribute("chosenCondition", filter.conditionId());
        model.addAttribute("chosenCellSource", filter.cellSource());
        model.addAttribute("chosenProductType", filter.productType());
        model.addAttribute("chosenTimePoint", point);
        model.addAttribute("clopperPearson", filter.interval() == ResponderRates.Interval.CLOPPER_PEARSON);
        model.addAttribute("filtered", filter.conditionId() != null || filter.cellSource() != null
                || filter.productType() != null);
        model.addAttribute("filterWords", filterWords(filter, conditions));
        return "registry/dashboard";
    }

    private static Map<String, String> timePointLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        ResponderRates.TIME_POINTS.forEach((id, months) -> labels.put(id, RegistryDashboard.label(months)));
        return labels;
    }

    /** The filter in words ("knee osteoarthritis, bone marrow concentrate"), or "all treated patients". */
    private static String filterWords(RegistryFigures.Filter f, Map<String, String> conditions) {
        StringBuilder words = new StringBuilder();
        if (f.conditionId() != null) {
            words.append(conditions.get(f.conditionId()));
        }
        if (f.cellSource() != null) {
            words.append(words.isEmpty() ? "" : "; ").append(f.cellSource().label());
        }
        if (f.productType() != null) {
            words.append(words.isEmpty() ? "" : "; ").append(f.productType().label());
        }
        return words.isEmpty() ? "all treated patients" : words.toString();
    }
}
