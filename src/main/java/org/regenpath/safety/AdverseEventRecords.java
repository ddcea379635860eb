package org.regenpath.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code safety_adverse_event} (what each event says now) and {@code safety_adverse_event_version}
 * (every version, append-only). A change updates the current row only from the version the writer read, so two
 * clinicians saving at once cannot both win.
 */
@Repository
class AdverseEventRecords {

    private final JdbcClient jdbc;
    private final AdverseEventTerms terms = AdverseEventTerms.shipped();

    AdverseEventRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new event with its first version; returns its id. */
    long insert(ClinicId clinic, PatientId patient, AdverseEventStatus status, AdverseEventDetails d,
            Instant firstKnownAt, StaffMember by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into safety_adverse_event (clinic_id, patient_id, version, status, term_key, grade, serious,
                    product_identifier, procedure_id, first_known_at, updated_at)
                values (:c, :p, 1, :status, :term, :grade, :serious, :product, :procedure, :known, :at)""")
                .param("c", clinic.value()).param("p", patient.value()).param("status", status.name())
                .param("term", d.term().key()).param("grade", d.grade()).param("serious", d.serious())
                .param("product", d.productId()).param("procedure", d.procedureId())
                .param("known", utc(firstKnownAt)).param("at", utc(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertVersion(id, 1, status, d, by, at);
        return id;
    }

    /**
     * Appends version {@code number} and moves the current row to it.
     *
     * @return false when the event is no longer at {@code number - 1} (someone else saved first); nothing written
     */
    boolean revise(long id, int number, AdverseEventStatus status, AdverseEventDetails d, StaffMember by,
            Instant at) {
        int moved = jdbc.sql("""
                update safety_adverse_event set version = :v, status = :status, term_key = :term, grade = :grade,
                    serious = :serious, product_identifier = :product, procedure_id = :procedure, updated_at = :at
                where id = :id and version = :previous""")
                .param("v", number).param("status", status.name()).param("term", d.term().key())
                .param("grade", d.grade()).param("serious", d.serious()).param("product", d.productId())
                .param("procedure", d.procedureId()).param("at", utc(at)).param("id", id)
                .param("previous", number - 1)
                .update();
        if (moved == 0) {
            return false;
        }
        insertVersion(id, number, status, d, by, at);
        return true;
    }

    private void insertVersion(long id, int number, AdverseEventStatus status, AdverseEventDetails d,
            StaffMember by, Instant at) {
        jdbc.sql("""
                insert into safety_adverse_event_version (event_id, version, status, procedure_id, product_identifier,
                    term_key, other_term, description, onset_date, grade, seriousness, harvest_relatedness,
                    injection_relatedness, product_relatedness, expected, action_taken, outcome, resolved_on,
                    detection, changed_by_user_id, changed_by, changed_at)
                values (:e, :v, :status, :procedure, :product, :term, :other, :description, :onset, :grade,
                    :seriousness, :harvest, :injection, :productRel, :expected, :action, :outcome, :resolved,
                    :detection, :byId, :by, :at)""")
                .param("e", id).param("v", number).param("status", status.name())
                .param("procedure", d.procedureId()).param("product", d.productId()).param("term", d.term().key())
                .param("other", d.otherTerm()).param("description", d.description()).param("onset", d.onsetDate())
                .param("grade", d.grade()).param("seriousness", criteria(d.seriousness()))
                .param("harvest", name(d.harvestRelatedness())).param("injection", name(d.injectionRelatedness()))
                .param("productRel", name(d.productRelatedness())).param("expected", d.expected())
                .param("action", d.actionTaken()).param("outcome", name(d.outcome()))
                .param("resolved", d.resolvedOn()).param("detection", d.detection().name())
                .param("byId", by.userId().value()).param("by", by.displayName()).param("at", utc(at))
                .update();
    }

    /** The clinic's event, or empty when it is another clinic's or there is none. */
    Optional<AdverseEvent> byId(ClinicId clinic, long id) {
        return withVersions(jdbc.sql("select * from safety_adverse_event where clinic_id = :c and id = :id")
                .param("c", clinic.value()).param("id", id).query(AdverseEventRecords::head).list())
                .stream().findFirst();
    }

    /** The patient's events in the clinic, newest onset first. */
    List<AdverseEvent> byPatient(ClinicId clinic, PatientId patient) {
        return withVersions(jdbc.sql("select * from safety_adverse_event where clinic_id = :c and patient_id = :p"
                        + " order by id desc")
                .param("c", clinic.value()).param("p", patient.value()).query(AdverseEventRecords::head).list());
    }

    /** The clinic's events linked to the product (its identifier in any case), newest first. */
    List<AdverseEvent> byProduct(ClinicId clinic, String productId) {
        return withVersions(jdbc.sql("select * from safety_adverse_event where clinic_id = :c"
                        + " and upper(product_identifier) = :product order by id desc")
                .param("c", clinic.value()).param("product", productId.strip().toUpperCase(java.util.Locale.ROOT))
                .query(AdverseEventRecords::head).list());
    }

    /** What the clinic safety figures need of one event, as it stands now. */
    record Counted(Long procedureId, String productId, Integer grade, boolean serious, Detection detection) {}

    /** Every event of the clinic as it stands now (its current version), in any status, for the safety figures. */
    List<Counted> countedInClinic(ClinicId clinic) {
        return jdbc.sql("""
                select e.procedure_id, e.product_identifier, e.grade, e.serious, v.detection
                from safety_adverse_event e
                join safety_adverse_event_version v on v.event_id = e.id and v.version = e.version
                where e.clinic_id = :c order by e.id""")
                .param("c", clinic.value())
                .query((rs, n) -> {
                    long procedure = rs.getLong("procedure_id");
                    Long p = rs.wasNull() ? null : procedure;
                    int grade = rs.getInt("grade");
                    Integer g = rs.wasNull() ? null : grade;
                    return new Counted(p, rs.getString("product_identifier"), g, rs.getBoolean("serious"),
                            Detection.valueOf(rs.getString("detection")));
                })
                .list();
    }

    /** An event's row without its versions. */
    private record Head(long id, PatientId patient, AdverseEventStatus status, Instant firstKnownAt) {}

    private static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getLong("id"), PatientId.of(rs.getLong("patient_id")),
                AdverseEventStatus.valueOf(rs.getString("status")), instant(rs, "first_known_at"));
    }

    private List<AdverseEvent> withVersions(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AdverseEvent.Version>> versions = new HashMap<>();
        jdbc.sql("select * from safety_adverse_event_version where event_id in (:ids) order by event_id, version")
                .param("ids", heads.stream().map(Head::id).toList())
                .query((rs, i) -> versions.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                        .add(version(rs)))
                .list();
        return heads.stream().map(h -> new AdverseEvent(h.id(), h.patient(), h.status(), h.firstKnownAt(),
                versions.get(h.id()))).toList();
    }

    private AdverseEvent.Version version(ResultSet rs) throws SQLException {
        int grade = rs.getInt("grade");
        Integer g = rs.wasNull() ? null : grade;
        boolean expected = rs.getBoolean("expected");
        Boolean e = rs.wasNull() ? null : expected;
        long procedure = rs.getLong("procedure_id");
        Long p = rs.wasNull() ? null : procedure;
        AdverseEventDetails d = new AdverseEventDetails(p, rs.getString("product_identifier"),
                terms.byKey(rs.getString("term_key")).orElseThrow(), rs.getString("other_term"),
                rs.getString("description"), rs.getObject("onset_date", LocalDate.class), g,
                criteria(rs.getString("seriousness")), relatedness(rs, "harvest_relatedness"),
                relatedness(rs, "injection_relatedness"), relatedness(rs, "product_relatedness"), e,
                rs.getString("action_taken"), rs.getString("outcome") == null ? null
                        : AdverseEventOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("resolved_on", LocalDate.class), Detection.valueOf(rs.getString("detection")));
        return new AdverseEvent.Version(rs.getInt("version"), AdverseEventStatus.valueOf(rs.getString("status")), d,
                new StaffMember(new UserId(rs.getLong("changed_by_user_id")), rs.getString("changed_by")),
                instant(rs, "changed_at"));
    }

    private static Relatedness relatedness(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Relatedness.valueOf(v);
    }

    /** The criteria as stored: their names, comma-separated, in the enum's order; empty text when none. */
    static String criteria(Set<SeriousnessCriterion> criteria) {
        return criteria.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<SeriousnessCriterion> criteria(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return EnumSet.copyOf(Arrays.stream(stored.split(",")).map(SeriousnessCriterion::valueOf).toList());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
