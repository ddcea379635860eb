package org.regenpath.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads {@value #RESOURCE}: the HSS KOOS JR and HOOS JR tables with per-value verification flags. */
final class IntervalTables {

    static final String RESOURCE = "clinical/questionnaires/hss-interval-tables.json";

    private IntervalTables() {}

    static Map<String, IntervalTable> load() {
        return parse(RESOURCE, Json.readResource(RESOURCE));
    }

    static Map<String, IntervalTable> parse(String file, JsonNode root) {
        Json json = Json.about(file);
        json.text(root, "source", "file");
        Map<String, IntervalTable> tables = new LinkedHashMap<>();
        json.object(root, "tables", "file").properties().forEach(e -> {
            String where = "table " + e.getKey();
            List<IntervalTable.Entry> entries = new ArrayList<>();
            for (JsonNode row : json.array(e.getValue(), "values", where, true)) {
                boolean verified = json.bool(row, "verified", where);
                String by = json.optionalText(row, "verifiedBy", where).orElse(null);
                if (verified && by == null) {
                    throw json.problem(where, "marks raw " + row.path("raw") + " verified without \"verifiedBy\"");
                }
                entries.add(new IntervalTable.Entry(json.integer(row, "raw", where),
                        json.decimal(row, "interval", where), verified, by));
            }
            tables.put(e.getKey(), new IntervalTable(e.getKey(), json.text(e.getValue(), "source", where), entries));
        });
        return tables;
    }
}
