package org.regenpath.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The clinics' time zones from the clinic table, and each clinic's "today" by the application's clock. Every module
 * that computes a day asks here instead of taking the UTC date (docs/decisions/0023).
 */
@Service
public class ClinicClock implements ClinicZones {

    private final JdbcClient jdbc;
    private final Clock clock;

    ClinicClock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ZoneId zoneOf(ClinicId clinic) {
        if (clinic == null) {
            return ZoneOffset.UTC;
        }
        return jdbc.sql("select time_zone from identity_clinic where id = :id")
                .param("id", clinic.value())
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
    }

    @Override
    public LocalDate today(ClinicId clinic) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(clinic));
    }
}
