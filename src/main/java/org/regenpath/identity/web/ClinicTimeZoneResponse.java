package org.regenpath.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regenpath.identity.ClinicTimeZone;

/**
 * A clinic's time zone as the JSON API sends it (decision 0038): the IANA id, how it reads now ("EST") and the
 * clinic's local time, with the field names and schema name clients have always read.
 */
@Schema(name = "ClinicTimeZone")
record ClinicTimeZoneResponse(String timeZone, String abbreviation, String localTime) {

    static ClinicTimeZoneResponse of(ClinicTimeZone zone) {
        return new ClinicTimeZoneResponse(zone.timeZone(), zone.abbreviation(), zone.localTime());
    }
}
