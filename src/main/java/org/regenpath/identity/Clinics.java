package org.regenpath.identity;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinics, i.e. the tenants, each with its own time zone. Creating one is an operator task (demo data,
 * installation); a clinic admin changes the time zone through {@link ClinicSettings}.
 */
@Service
public class Clinics {

    private final JdbcClient jdbc;
    private final Clock clock;

    Clinics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ClinicView> all() {
        return jdbc.sql("select id, name, time_zone from identity_clinic order by id").query(Clinics::view).list();
    }

    public Optional<ClinicView> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<ClinicView> byId(ClinicId id) {
        return jdbc.sql("select id, name, time_zone from identity_clinic where id = :id")
                .param("id", id.value())
                .query(Clinics::view)
                .optional();
    }

    /** Creates a clinic in America/New_York; see {@link #create(String, ZoneId)}. */
    @Transactional
    public ClinicView create(String name) {
        return create(name, ClinicSettings.DEFAULT_ZONE);
    }

    /** Creates a clinic whose days are computed in the given time zone. */
    @Transactional
    public ClinicView create(String name, ZoneId timeZone) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into identity_clinic (name, time_zone, created_at) values (:n, :z, :at)")
                .param("n", name)
                .param("z", timeZone.getId())
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return new ClinicView(new ClinicId(keys.getKeyAs(Long.class)), name, timeZone);
    }

    /** Sets a clinic's time zone; the caller has authorised and validated it. */
    void setTimeZone(ClinicId clinic, ZoneId zone) {
        jdbc.sql("update identity_clinic set time_zone = :z where id = :id")
                .param("z", zone.getId()).param("id", clinic.value()).update();
    }

    private static ClinicView view(ResultSet rs, int n) throws SQLException {
        return new ClinicView(new ClinicId(rs.getLong("id")), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")));
    }
}
