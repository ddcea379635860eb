package org.regenpath.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinics, i.e. the tenants. Creating one is an operator task (demo data, installation). */
@Service
public class Clinics {

    private final JdbcClient jdbc;
    private final Clock clock;

    Clinics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ClinicView> all() {
        return jdbc.sql("select id, name from identity_clinic order by id")
                .query((rs, n) -> new ClinicView(new ClinicId(rs.getLong("id")), rs.getString("name")))
                .list();
    }

    public Optional<ClinicView> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<ClinicView> byId(ClinicId id) {
        return jdbc.sql("select id, name from identity_clinic where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new ClinicView(new ClinicId(rs.getLong("id")), rs.getString("name")))
                .optional();
    }

    @Transactional
    public ClinicView create(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into identity_clinic (name, created_at) values (:n, :at)")
                .param("n", name)
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return new ClinicView(new ClinicId(keys.getKeyAs(Long.class)), name);
    }
}
