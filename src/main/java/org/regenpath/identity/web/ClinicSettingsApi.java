package org.regenpath.identity.web;

import org.regenpath.identity.ClinicSettings;
import org.regenpath.identity.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The clinic's time zone over JSON: every staff member reads it, the clinic admin changes it. */
@RestController
@RequestMapping("/api/clinic/time-zone")
class ClinicSettingsApi {

    private final ClinicSettings settings;
    private final CurrentActor actor;

    ClinicSettingsApi(ClinicSettings settings, CurrentActor actor) {
        this.settings = settings;
        this.actor = actor;
    }

    /** The body of a change: an IANA region id such as {@code America/New_York}. */
    record TimeZoneRequest(String timeZone) {}

    @GetMapping
    ClinicTimeZoneResponse timeZone() {
        return ClinicTimeZoneResponse.of(settings.timeZone(actor.get()));
    }

    @PutMapping
    ClinicTimeZoneResponse change(@RequestBody TimeZoneRequest body) {
        return ClinicTimeZoneResponse.of(settings.changeTimeZone(actor.get(), body == null ? null : body.timeZone()));
    }
}
