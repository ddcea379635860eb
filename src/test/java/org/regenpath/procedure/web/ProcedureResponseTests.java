package org.regenpath.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import tools.jackson.databind.json.JsonMapper;

/** The API's own procedure type reads exactly as the module record did, field for field and in the same order. */
class ProcedureResponseTests {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    static ProcedureRecord record(Long cells) {
        return new ProcedureRecord(41, PatientId.of(7), "RP1234567890X", 12, Instant.parse("2026-12-01T15:30:00Z"),
                "Dr Ada Lovelace", ImageGuidance.ULTRASOUND, List.of(new ProcedureRecord.Site(
                        new InjectionSite("knee joint", Laterality.LEFT), new BigDecimal("2.5"), cells)),
                "None", "Rest the knee for 48 hours", Instant.parse("2026-12-01T15:45:10.123Z"));
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        for (Long cells : new Long[] {null, 12_000_000L}) {
            ProcedureRecord record = record(cells);
            String before = JSON.writeValueAsString(record);
            assertThat(JSON.writeValueAsString(ProcedureResponse.of(record))).isEqualTo(before);
            assertThat(before).startsWith("{\"id\":41,\"patientId\":7,\"productId\":\"RP1234567890X\"")
                    .contains("\"imageGuidance\":\"ULTRASOUND\"", "\"volumeMl\":2.5");
        }
    }
}
