package org.regenpath.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;

/** One mapper for the module records and the API's own types, and the comparison every response test makes. */
final class ResponseJson {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ResponseJson() {}

    /** The API's type reads exactly as the module record did: the same text, field for field and in order. */
    static void assertReadsAsRecord(Object response, Object record) {
        assertThat(JSON.writeValueAsString(response)).isEqualTo(JSON.writeValueAsString(record));
    }
}
