package org.regenpath.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.Citation;
import org.regenpath.planning.ClassificationView;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.planning.RuleOutcome;
import org.regenpath.planning.Statement;
import tools.jackson.databind.json.JsonMapper;

/** The API's own classification type reads exactly as the module record did, field for field and in order. */
class ClassificationResponseTests {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    static final Citation CFR = new Citation("21 CFR 1271.10", "(a)(1)", "https://www.ecfr.gov/current/title-21/"
            + "part-1271/section-1271.10", true);
    static final Citation GUIDANCE = new Citation("FDA guidance, HCT/P minimal manipulation", "section IV", null,
            false);

    /** Bone marrow to a knee: derived manipulation and use, an open question, and approval still missing a record. */
    static ClassificationView derived() {
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("indNumber", "Record the IND number");
        missing.put("irbReference", "Record the IRB approval");
        return new ClassificationView(RegulatoryPathway.BIOLOGIC_351, RegulatoryPathway.BIOLOGIC_351.label(),
                Manipulation.MORE_THAN_MINIMAL, new Statement("Enzymatic digestion alters the tissue", GUIDANCE),
                IntendedUse.NON_HOMOLOGOUS, new Statement("Not the same basic function", CFR), "Repair of cartilage",
                List.of(new RuleOutcome("HCTP361-1", RegulatoryPathway.HCTP_361, "Minimally manipulated", CFR, false,
                        "More than minimally manipulated")),
                new Statement("A 351 product needs an IND", CFR), List.of(new Statement("Unsettled", GUIDANCE)),
                List.of(), false, "Not reviewed by a regulatory adviser", true, "2026-11", missing);
    }

    /** A product type that settles the pathway by itself: no manipulation, use or bases, nothing missing. */
    static ClassificationView settled() {
        return new ClassificationView(RegulatoryPathway.NOT_AN_HCTP, RegulatoryPathway.NOT_AN_HCTP.label(), null,
                null, null, null, null, List.of(), new Statement("Platelet-rich plasma is a blood component", CFR),
                List.of(), List.of(new Statement("A note", CFR)), true, "Not reviewed", false, "2026-11", Map.of());
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        for (ClassificationView view : List.of(derived(), settled())) {
            String before = JSON.writeValueAsString(view);
            assertThat(JSON.writeValueAsString(ClassificationResponse.of(view))).isEqualTo(before);
        }
    }

    @Test
    void keepsTheFieldOrderClientsRead() {
        String derived = JSON.writeValueAsString(ClassificationResponse.of(derived()));
        assertThat(derived).startsWith("{\"pathway\":\"BIOLOGIC_351\",\"pathwayLabel\":")
                .contains("\"manipulationBasis\":{\"text\":\"Enzymatic digestion alters the tissue\",\"citation\":"
                        + "{\"document\":\"FDA guidance, HCT/P minimal manipulation\",\"passage\":\"section IV\","
                        + "\"url\":null,\"verified\":false}}")
                .contains("\"reasons\":[{\"ruleId\":\"HCTP361-1\",\"pathway\":\"HCTP_361\",\"text\":")
                .endsWith("\"missingForApproval\":{\"indNumber\":\"Record the IND number\","
                        + "\"irbReference\":\"Record the IRB approval\"}}");
        assertThat(JSON.writeValueAsString(ClassificationResponse.of(settled())))
                .contains("\"manipulation\":null,\"manipulationBasis\":null,\"use\":null,\"useBasis\":null");
    }
}
