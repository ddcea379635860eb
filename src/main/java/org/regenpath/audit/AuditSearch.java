package org.regenpath.audit;

import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.LikePattern;
import org.regenpath.shared.Paging;
import org.regenpath.shared.ResultPage;
import org.regenpath.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the clinic's audit trail page by page, and exporting a search as CSV for the auditor. Only clinic
 * admins may do either; every search and export is itself recorded, a refusal too.
 */
@Service
public class AuditSearch {

    /** Rows per page when the reader asks for no size. */
    public static final int DEFAULT_SIZE = 50;
    /** A name or MRN fragment matching more patients than this is refused: the reader should type more. */
    static final int MAX_MATCHED_PATIENTS = 1000;
    private static final String RESOURCE = "AuditEvent";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ObjectProvider<AuditPatients> patients;
    private final ClinicZones zones;

    AuditSearch(JdbcClient jdbc, AuditTrail audit, ObjectProvider<AuditPatients> patients, ClinicZones zones) {
        this.zones = zones;
        this.jdbc = jdbc;
        this.audit = audit;
        this.patients = patients;
    }

    /** One page of the matching rows of the actor's own clinic, newest first. */
    @Transactional
    public ResultPage<AuditEntry> search(Actor actor, AuditQuery query, Paging paging) {
        requireAdmin(actor, AuditAction.SEARCH, "search");
        Filter filter = filter(actor, query);
        List<AuditRecord> rows = filter.none ? List.of() : filter.spec(jdbc, "select *", " order by id desc offset "
                        + paging.offset() + " rows fetch next " + paging.size() + " rows only")
                .query(AuditTrail::map).list();
        long total = filter.none ? 0 : filter.spec(jdbc, "select count(*)", "").query(Long.class).single();
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, describe(query) + " page=" + paging.page());
        return new ResultPage<>(named(actor, rows), paging.page(), paging.size(), total);
    }

    /**
     * Writes every matching row of the actor's own clinic to {@code out} as CSV ({@link AuditCsv}), newest first,
     * and records the export with its criteria and row count.
     */
    @Transactional
    public int export(Actor actor, AuditQuery query, Writer out) {
        requireAdmin(actor, AuditAction.EXPORT, "export");
        Filter filter = filter(actor, query);
        AuditCsv csv = new AuditCsv(out);
        csv.header();
        int[] count = {0};
        if (!filter.none) {
            List<AuditRecord> batch = new ArrayList<>();
            filter.spec(jdbc, "select *", " order by id desc").query(rs -> {
                batch.add(AuditTrail.map(rs, 0));
                if (batch.size() == 500) {
                    named(actor, batch).forEach(csv::entry);
                    count[0] += batch.size();
                    batch.clear();
                }
            });
            named(actor, batch).forEach(csv::entry);
            count[0] += batch.size();
        }
        audit.success(actor, AuditAction.EXPORT, null, RESOURCE, null, describe(query) + " rows=" + count[0]);
        return count[0];
    }

    private void requireAdmin(Actor actor, AuditAction action, String what) {
        if (!actor.hasRole(Role.CLINIC_ADMIN) || actor.clinicId() == null) {
            audit.denied(actor, action, null, RESOURCE, null, "role " + actor.role() + " may not " + what);
            throw new AccessDenied("Only a clinic admin can " + what + " the audit trail.");
        }
    }

    private List<AuditEntry> named(Actor actor, List<AuditRecord> rows) {
        AuditPatients directory = patients.getIfAvailable();
        Map<Long, String> names = directory == null ? Map.of() : directory.labels(actor.clinicId(),
                rows.stream().map(AuditRecord::patientId).filter(id -> id != null).distinct().toList());
        return rows.stream().map(r -> new AuditEntry(r, r.patientId() == null ? null : names.get(r.patientId())))
                .toList();
    }

    private Filter filter(Actor actor, AuditQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from audit_event where clinic_id = :clinic");
        params.put("clinic", actor.clinicId().value());
        if (query.patientId() != null) {
            where.append(" and patient_id = :patient");
            params.put("patient", query.patientId());
        }
        if (query.hasPatientText()) {
            String text = query.patientText().trim();
            if (text.length() > 100) {
                throw InvalidInput.of("patientText", "At most 100 characters");
            }
            AuditPatients directory = patients.getIfAvailable();
            List<Long> ids = directory == null ? List.of()
                    : directory.matching(actor.clinicId(), text, MAX_MATCHED_PATIENTS + 1);
            if (ids.size() > MAX_MATCHED_PATIENTS) {
                throw InvalidInput.of("patientText", "Matches too many patients: type more of the name or MRN");
            }
            if (ids.isEmpty()) {
                return new Filter(where.toString(), params, true);
            }
            where.append(" and patient_id in (:patients)");
            params.put("patients", ids);
        }
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" and lower(username) like :username").append(LikePattern.ESCAPE);
            params.put("username", LikePattern.containing(query.username().trim().toLowerCase()));
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", zones.startOf(actor.clinicId(), query.from()).atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", zones.startOf(actor.clinicId(), query.to().plusDays(1)).atOffset(ZoneOffset.UTC));
        }
        if (query.outcome() != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", query.outcome().name());
        }
        return new Filter(where.toString(), params, false);
    }

    /** The criteria without the typed patient text, which may itself be a name: only its length is recorded. */
    private static String describe(AuditQuery q) {
        return "patient=" + q.patientId() + " patientText=" + (q.hasPatientText() ? "[" + q.patientText().trim()
                .length() + " chars]" : "") + " user=" + (q.username() == null ? "" : q.username()) + " from="
                + q.from() + " to=" + q.to() + " outcome=" + q.outcome();
    }

    /** A WHERE clause and its parameters; {@code none} when it can match nothing (no patient had the name). */
    private record Filter(String where, Map<String, Object> params, boolean none) {

        JdbcClient.StatementSpec spec(JdbcClient jdbc, String select, String tail) {
            JdbcClient.StatementSpec spec = jdbc.sql(select + where + tail);
            for (Map.Entry<String, Object> p : params.entrySet()) {
                spec = spec.param(p.getKey(), p.getValue());
            }
            return spec;
        }
    }
}
