package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.InstrumentSet;
import org.regenpath.followup.InstrumentSetsOverview;
import org.regenpath.followup.ScheduleTemplate;
import org.regenpath.followup.SetChoice;
import org.regenpath.followup.TimePoint;

/** The API's own instrument set overview types read exactly as the module records did, field for field. */
class InstrumentSetsResponseTests {

    static InstrumentSetsOverview overview() {
        return new InstrumentSetsOverview(
                List.of(new InstrumentSet("knee-oa", "Knee", "ICHOM Hip & Knee OA", "default",
                        ClinicSetResponseTests.planned())),
                List.of(new InstrumentSetsOverview.ClinicSet(ClinicSetResponseTests.version(true),
                        List.of(ClinicSetResponseTests.version(false)))),
                List.of(new InstrumentSetsOverview.ConditionProtocol("chronic-low-back-pain", "Chronic low back pain",
                                "clinic-51", "Low back (clinic)", SetChoice.MatchedBy.CLINIC),
                        new InstrumentSetsOverview.ConditionProtocol("other", "Other", "general", "General", null)),
                List.of(new ScheduleTemplate("default", "Standard follow-up", "ICHOM", true, List.of(
                        new TimePoint("baseline", "Baseline", true, 0, 30, 0),
                        new TimePoint("3m", "3 months", false, 3, 14, 14)))),
                List.of(new InstrumentSetsOverview.InstrumentChoice("odi", "ODI", "Oswestry Disability Index (ODI)",
                                "Install the licensed wording"),
                        new InstrumentSetsOverview.InstrumentChoice("nrs-pain", "NRS-11", "Pain intensity (NRS-11)",
                                null)),
                List.of(new InstrumentSetsOverview.ConditionChoice("chronic-low-back-pain", "Chronic low back pain")),
                true);
    }

    @Test
    void serialisesAsTheModuleRecordsDid() {
        for (InstrumentSetsOverview o : List.of(overview(), new InstrumentSetsOverview(List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), false))) {
            ResponseJson.assertReadsAsRecord(InstrumentSetsResponse.of(o), o);
        }
        assertThat(JSON.writeValueAsString(InstrumentSetsResponse.of(overview())))
                .startsWith("{\"shipped\":[{\"id\":\"knee-oa\",\"label\":\"Knee\",\"source\":\"ICHOM Hip & Knee OA\","
                        + "\"scheduleTemplateId\":\"default\",\"instruments\":[{\"instrumentId\":\"odi\"")
                .contains("\"clinicSets\":[{\"current\":{\"setId\":5,\"versionId\":51,\"version\":2,",
                        "\"earlier\":[{\"setId\":5,\"versionId\":51,\"version\":1,",
                        "\"matchedBy\":\"CLINIC\"}", "\"timePoints\":[{\"id\":\"baseline\",\"label\":\"Baseline\","
                                + "\"baseline\":true,\"offsetMonths\":0,\"windowDaysBefore\":30,\"windowDaysAfter\":0}")
                .endsWith("\"conditions\":[{\"id\":\"chronic-low-back-pain\",\"name\":\"Chronic low back pain\"}],"
                        + "\"mayChange\":true}");
    }
}
