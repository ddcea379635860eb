package org.regenpath.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditOutcome;
import org.regenpath.audit.AuditRecord;
import tools.jackson.databind.json.JsonMapper;

/** The API's own audit row reads exactly as the module record did, field for field and in the same order. */
class AuditRecordResponseTests {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void serialisesAsTheModuleRecordDidWithEveryFieldSet() {
        AuditRecord row = new AuditRecord(901, Instant.parse("2026-12-01T15:30:00.123456Z"), 5L, "ada", "CLINICIAN",
                2L, 7L, "PainCondition", "41", AuditAction.UPDATE, AuditOutcome.SUCCESS, "version 3",
                "203.0.113.9");
        String before = JSON.writeValueAsString(row);
        assertThat(JSON.writeValueAsString(AuditRecordResponse.of(row))).isEqualTo(before);
        assertThat(before).startsWith("{\"id\":901,\"occurredAt\":\"2026-12-01T15:30:00.123456Z\",\"userId\":5,")
                .contains("\"patientId\":7,\"resourceType\":\"PainCondition\",\"resourceId\":\"41\","
                        + "\"action\":\"UPDATE\",\"outcome\":\"SUCCESS\"")
                .endsWith("\"address\":\"203.0.113.9\"}");
    }

    @Test
    void serialisesAsTheModuleRecordDidWithTheOptionalFieldsEmpty() {
        AuditRecord refusal = new AuditRecord(902, Instant.parse("2026-12-01T15:31:00Z"), null, null, null, null,
                null, "Request", "/api/patients/9", AuditAction.READ, AuditOutcome.DENIED, null, null);
        String before = JSON.writeValueAsString(refusal);
        assertThat(JSON.writeValueAsString(AuditRecordResponse.of(refusal))).isEqualTo(before);
        assertThat(before).contains("\"userId\":null,\"username\":null").endsWith("\"detail\":null,\"address\":null}");
    }
}
