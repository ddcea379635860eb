package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's own settings in identity: its time zone. Every staff member of the clinic may read it; only the clinic
 * admin of that clinic changes it, audited with the old and the new value. An id that is not an IANA region id
 * (America/New_York) is refused naming the field {@code timeZone}.
 */
@Service
public class ClinicSettings {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");
    static final String RESOURCE = "ClinicSettings";

    /** The zones of US clinics, offered first, west to east after the mainland. */
    private static final List<String> COMMON = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");

    private final Clinics clinics;
    private final AuditTrail audit;
    private final Clock clock;

    ClinicSettings(Clinics clinics, AuditTrail audit, Clock clock) {
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The time zones a clinic may choose: the common US ones first, then every other region id, sorted. */
    public static List<String> zoneChoices() {
        Set<String> rest = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (isRegion(id) && !COMMON.contains(id)) {
                rest.add(id);
            }
        }
        List<String> all = new ArrayList<>(COMMON);
        all.addAll(rest);
        return all;
    }

    /** How many of {@link #zoneChoices()} are the common ones, for a separator in the select. */
    public static int commonChoices() {
        return COMMON.size();
    }

    /** The actor's clinic's time zone. */
    @Transactional
    public ClinicTimeZone timeZone(Actor actor) {
        allow(actor, AuditAction.READ, Role.staff().toArray(Role[]::new));
        ClinicTimeZone zone = view(clinics.byId(actor.clinicId()).orElseThrow().timeZone());
        audit.success(actor, AuditAction.READ, null, RESOURCE, actor.clinicId().value(), "timeZone");
        return zone;
    }

    /**
     * Sets the actor's clinic's time zone; clinic admins only.
     *
     * @throws InvalidInput on {@code timeZone} when it is empty or not an IANA region id
     */
    @Transactional
    public ClinicTimeZone changeTimeZone(Actor actor, String timeZone) {
        allow(actor, AuditAction.UPDATE, Role.CLINIC_ADMIN);
        ZoneId zone = parse(timeZone);
        ZoneId old = clinics.byId(actor.clinicId()).orElseThrow().timeZone();
        clinics.setTimeZone(actor.clinicId(), zone);
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, actor.clinicId().value(),
                "timeZone " + old.getId() + " -> " + zone.getId());
        return view(zone);
    }

    static ZoneId parse(String timeZone) {
        String id = timeZone == null ? "" : timeZone.strip();
        if (id.isEmpty()) {
            throw InvalidInput.of("timeZone", "Choose the clinic's time zone.");
        }
        if (!isRegion(id) || !ZoneId.getAvailableZoneIds().contains(id)) {
            throw InvalidInput.of("timeZone", "Unknown time zone: choose one from the list, a region such as "
                    + "America/New_York.");
        }
        return ZoneId.of(id);
    }

    private static boolean isRegion(String id) {
        return id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/");
    }

    private ClinicTimeZone view(ZoneId zone) {
        Instant now = clock.instant();
        return new ClinicTimeZone(zone.getId(),
                DateTimeFormatter.ofPattern("zzz", Locale.US).format(now.atZone(zone)), DateStyle.time(now, zone));
    }

    private void allow(Actor actor, AuditAction action, Role... roles) {
        if (actor.isSystem() || actor.isPatient() || actor.clinicId() == null || !actor.hasRole(roles)) {
            audit.denied(actor, action, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied(action == AuditAction.READ ? "Sign in as staff of the clinic to read its settings."
                    : "Only the clinic admin may change the clinic's settings.");
        }
    }
}
