package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.followup.web.ResponseJson.JSON;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.Administer;
import org.regenpath.followup.ClinicSetVersion;
import org.regenpath.followup.PlannedInstrument;

/** The API's own clinic set version type reads exactly as the module record did, field for field and in order. */
class ClinicSetResponseTests {

    static List<PlannedInstrument> planned() {
        return List.of(new PlannedInstrument("odi", Administer.LISTED_TIME_POINTS, Set.of("baseline", "3m", "12m"),
                "nrs-pain"), new PlannedInstrument("phq-9", Administer.EVERY_TIME_POINT, Set.of()));
    }

    static ClinicSetVersion version(boolean retired) {
        return new ClinicSetVersion(5, 51, retired ? 2 : 1, "Low back (clinic)", "ichom-low-back",
                retired ? List.of() : planned(), List.of("chronic-low-back-pain"), "ICHOM Low Back Pain set",
                retired, "Alice Admin", Instant.parse("2026-12-03T08:00:00.5Z"));
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        for (boolean retired : new boolean[] {false, true}) {
            ClinicSetVersion v = version(retired);
            ResponseJson.assertReadsAsRecord(ClinicSetResponse.of(v), v);
        }
        assertThat(JSON.writeValueAsString(ClinicSetResponse.of(version(false))))
                .startsWith("{\"setId\":5,\"versionId\":51,\"version\":1,\"label\":\"Low back (clinic)\"")
                .contains("\"instruments\":[{\"instrumentId\":\"odi\",\"administer\":\"LISTED_TIME_POINTS\","
                        + "\"timePointIds\":[", "{\"instrumentId\":\"phq-9\",\"administer\":\"EVERY_TIME_POINT\","
                        + "\"timePointIds\":[],\"whenWordingNotInstalled\":null}]")
                .endsWith("\"retired\":false,\"createdBy\":\"Alice Admin\",\"createdAt\":\"2026-12-03T08:00:00.500Z\"}");
    }
}
