package org.regenpath.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.LikePattern;
import org.regenpath.shared.PatientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code patient} table. */
@Repository
class Patients {

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PatientView> byId(PatientId id) {
        return jdbc.sql("select * from patient where id = :id").param("id", id.value()).query(Patients::map)
                .optional();
    }

    /** The patients of one clinic among {@code ids}, in chunks so that no IN list grows unbounded. */
    List<PatientView> byIds(ClinicId clinic, Collection<PatientId> ids) {
        List<Long> values = ids.stream().map(PatientId::value).distinct().toList();
        List<PatientView> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            out.addAll(jdbc.sql("select * from patient where clinic_id = :c and id in (:ids)")
                    .param("c", clinic.value()).param("ids", values.subList(from, Math.min(values.size(), from + 500)))
                    .query(Patients::map).list());
        }
        return out;
    }

    /** One page of the clinic's patients in the order they were registered. */
    List<PatientView> page(ClinicId clinic, long offset, int limit) {
        return jdbc.sql("select * from patient where clinic_id = :c order by id offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .param("c", clinic.value()).query(Patients::map).list();
    }

    /** The clinic's patients changed after the cursor, in (updated_at, id) order, at most {@code limit}. */
    List<PatientView> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return jdbc.sql("select * from patient where clinic_id = :c and " + ChangeCursor.after("updated_at", "id")
                        + " order by updated_at, id fetch first " + limit + " rows only")
                .param("c", clinic.value()).param("cursorAt", cursor.at()).param("cursorId", cursor.id())
                .query(Patients::map).list();
    }

    boolean mrnTaken(ClinicId clinic, String mrn, PatientId except) {
        return jdbc.sql("select count(*) from patient where clinic_id = :c and lower(mrn) = lower(:m)"
                        + " and id <> :except")
                        .param("c", clinic.value())
                        .param("m", mrn)
                        .param("except", except == null ? -1L : except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    long count(ClinicId clinic) {
        return jdbc.sql("select count(*) from patient where clinic_id = :c").param("c", clinic.value())
                .query(Long.class).single();
    }

    PatientId insert(ClinicId clinic, String mrn, PatientDetails d, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into patient (clinic_id, mrn, given_name, family_name, date_of_birth, sex_at_birth, email,
                    phone, postal_code, created_at, updated_at, version)
                values (:c, :mrn, :g, :f, :dob, :sex, :email, :phone, :zip, :now, :now, 0)""")
                .param("c", clinic.value())
                .param("mrn", mrn)
                .param("g", d.givenName().trim())
                .param("f", d.familyName().trim())
                .param("dob", d.dateOfBirth())
                .param("sex", d.sexAtBirth().name())
                .param("email", blankToNull(d.email()))
                .param("phone", blankToNull(d.phone()))
                .param("zip", blankToNull(d.postalCode()))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return new PatientId(keys.getKeyAs(Long.class));
    }

    /** Updates when the stored version still matches; false means someone else saved first. */
    boolean update(PatientId id, String mrn, PatientDetails d, int expectedVersion, Instant now) {
        return jdbc.sql(
                                """
                update patient set mrn = :mrn, given_name = :g, family_name = :f, date_of_birth = :dob,
                    sex_at_birth = :sex, email = :email, phone = :phone, postal_code = :zip, updated_at = :now,
                    version = version + 1
                where id = :id and version = :v""")
                        .param("mrn", mrn)
                        .param("g", d.givenName().trim())
                        .param("f", d.familyName().trim())
                        .param("dob", d.dateOfBirth())
                        .param("sex", d.sexAtBirth().name())
                        .param("email", blankToNull(d.email()))
                        .param("phone", blankToNull(d.phone()))
                        .param("zip", blankToNull(d.postalCode()))
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .param("id", id.value())
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    /**
     * One page of the patients of one clinic whose name contains every word of the filter's text, or whose MRN
     * starts with it, and who were born on the filter's date.
     */
    List<PatientView> search(ClinicId clinic, PatientFilter filter, PatientSort sort, boolean descending,
            long offset, int limit) {
        return where(clinic, filter, "select *", " order by " + sort.orderBy(descending) + " offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .query(Patients::map).list();
    }

    /** Like {@link #search(ClinicId, PatientFilter, PatientSort, boolean, long, int)}, by name, from the start. */
    List<PatientView> search(ClinicId clinic, PatientFilter filter, PatientSort sort, long offset, int limit) {
        return search(clinic, filter, sort, false, offset, limit);
    }

    /** How many patients of the clinic the filter matches. */
    long count(ClinicId clinic, PatientFilter filter) {
        return where(clinic, filter, "select count(*)", "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec where(ClinicId clinic, PatientFilter filter, String select, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" from patient where clinic_id = :c");
        String[] words = filter.words();
        if (words.length > 0) {
            sql.append(" and (lower(mrn) like :mrn").append(LikePattern.ESCAPE).append(" or (");
            for (int i = 0; i < words.length; i++) {
                sql.append(i == 0 ? "" : " and ").append("(lower(given_name) like :w").append(i)
                        .append(LikePattern.ESCAPE).append(" or lower(family_name) like :w").append(i)
                        .append(LikePattern.ESCAPE).append(")");
            }
            sql.append("))");
        }
        if (filter.born() != null) {
            sql.append(" and date_of_birth = :born");
        }
        JdbcClient.StatementSpec spec = jdbc.sql(sql.append(tail).toString()).param("c", clinic.value());
        if (words.length > 0) {
            spec = spec.param("mrn", LikePattern.startingWith(filter.text().trim().toLowerCase()));
            for (int i = 0; i < words.length; i++) {
                spec = spec.param("w" + i, LikePattern.containing(words[i]));
            }
        }
        if (filter.born() != null) {
            spec = spec.param("born", filter.born());
        }
        return spec;
    }

    /** The clinic's patients that meet a Lookup's criteria, in the order they were registered. */
    List<PatientView> search(ClinicId clinic, PatientLookup.Criteria criteria, long offset, int limit) {
        return where(clinic, criteria, "select *", " order by id offset " + offset + " rows fetch next " + limit
                + " rows only").query(Patients::map).list();
    }

    long count(ClinicId clinic, PatientLookup.Criteria criteria) {
        return where(clinic, criteria, "select count(*)", "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec where(ClinicId clinic, PatientLookup.Criteria c, String select, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" from patient where clinic_id = :c");
        if (c.mrn() != null) {
            sql.append(" and lower(mrn) = :mrn");
        }
        if (c.name() != null) {
            sql.append(" and (lower(given_name) like :name").append(LikePattern.ESCAPE)
                    .append(" or lower(family_name) like :name").append(LikePattern.ESCAPE).append(")");
        }
        if (c.bornFrom() != null) {
            sql.append(" and date_of_birth >= :bornFrom");
        }
        if (c.bornTo() != null) {
            sql.append(" and date_of_birth <= :bornTo");
        }
        if (c.updatedFrom() != null) {
            sql.append(" and updated_at >= :updatedFrom");
        }
        if (c.updatedBefore() != null) {
            sql.append(" and updated_at < :updatedBefore");
        }
        JdbcClient.StatementSpec spec = jdbc.sql(sql.append(tail).toString()).param("c", clinic.value());
        if (c.mrn() != null) {
            spec = spec.param("mrn", c.mrn().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (c.name() != null) {
            spec = spec.param("name", LikePattern.startingWith(c.name().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        if (c.bornFrom() != null) {
            spec = spec.param("bornFrom", c.bornFrom());
        }
        if (c.bornTo() != null) {
            spec = spec.param("bornTo", c.bornTo());
        }
        if (c.updatedFrom() != null) {
            spec = spec.param("updatedFrom", c.updatedFrom().atOffset(ZoneOffset.UTC));
        }
        if (c.updatedBefore() != null) {
            spec = spec.param("updatedBefore", c.updatedBefore().atOffset(ZoneOffset.UTC));
        }
        return spec;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static PatientView map(ResultSet rs, int n) throws SQLException {
        return new PatientView(
                new PatientId(rs.getLong("id")),
                new ClinicId(rs.getLong("clinic_id")),
                rs.getString("mrn"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                SexAtBirth.valueOf(rs.getString("sex_at_birth")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("postal_code"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }
}
