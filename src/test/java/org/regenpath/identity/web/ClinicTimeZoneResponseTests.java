package org.regenpath.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regenpath.identity.ClinicTimeZone;
import tools.jackson.databind.json.JsonMapper;

/** The API's own time-zone type reads exactly as the module record did. */
class ClinicTimeZoneResponseTests {

    @Test
    void serialisesAsTheModuleRecordDid() {
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        ClinicTimeZone zone = new ClinicTimeZone("America/New_York", "EST", "09:30");
        assertThat(json.writeValueAsString(ClinicTimeZoneResponse.of(zone)))
                .isEqualTo(json.writeValueAsString(zone))
                .isEqualTo("{\"timeZone\":\"America/New_York\",\"abbreviation\":\"EST\",\"localTime\":\"09:30\"}");
    }
}
