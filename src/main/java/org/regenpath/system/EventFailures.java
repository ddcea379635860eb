package org.regenpath.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic admin's view of event deliveries that keep failing, and the retry. A delivery belongs to the clinic
 * whose id its event carries ({@code clinicId}); an admin sees and retries only their own clinic's, and another
 * clinic's delivery answers exactly like a missing one. Deliveries whose event names no clinic are not listed here.
 */
@Service
public class EventFailures {

    static final String RESOURCE = "EventDelivery";
    private static final Pattern CLINIC = Pattern.compile("\"clinicId\"\\s*:\\s*(\\d+)");
    private static final Pattern WORD = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Map<String, String> RECEIVERS = Map.of(
            "followup", "Follow-up", "product", "Cell product", "notification", "E-mail",
            "procedure", "Procedures", "planning", "Treatment plans", "safety", "Safety",
            "registry", "Outcome registry", "intake", "Intake");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final EventRedelivery redelivery;

    EventFailures(JdbcClient jdbc, AuditTrail audit, EventRedelivery redelivery) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.redelivery = redelivery;
    }

    /** The admin's clinic's deliveries that failed and are not complete, oldest first. */
    @Transactional(readOnly = true)
    public List<FailingDelivery> failing(Actor actor) {
        requireAdmin(actor, AuditAction.READ, "see");
        return rows(null).stream().filter(r -> r.clinic().equals(Optional.of(actor.clinicId())))
                .map(Row::delivery).toList();
    }

    /**
     * Hands one of the admin's clinic's failing deliveries to its receiver again now; audited.
     *
     * @throws NotFound when there is no such failing delivery in the admin's clinic
     */
    @Transactional
    public void retry(Actor actor, UUID id) {
        requireAdmin(actor, AuditAction.UPDATE, "retry");
        Row row = rows(id).stream().filter(r -> r.clinic().equals(Optional.of(actor.clinicId()))).findFirst()
                .orElseThrow(() -> new NotFound("There is no failing delivery with this id."));
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, id, "retry of " + row.delivery().event());
        redelivery.resubmitNow(id);
    }

    private void requireAdmin(Actor actor, AuditAction action, String what) {
        if (!actor.hasRole(Role.CLINIC_ADMIN) || actor.clinicId() == null) {
            audit.denied(actor, action, null, RESOURCE, null, "role " + actor.role() + " may not " + what
                    + " failing deliveries");
            throw new AccessDenied("Only a clinic admin can " + what + " failing deliveries.");
        }
    }

    private List<Row> rows(UUID only) {
        String sql = """
                select p.id, p.event_type, p.listener_id, p.serialized_event, p.publication_date,
                       p.last_resubmission_date, p.completion_attempts, f.error
                from event_publication p left join system_event_failure f on f.listener_id = p.listener_id
                where p.completion_date is null and p.status in ('FAILED', 'RESUBMITTED')""";
        if (only == null) {
            return jdbc.sql(sql + " order by p.publication_date").query(EventFailures::row).list();
        }
        return jdbc.sql(sql + " and p.id = :id").param("id", only).query(EventFailures::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Matcher clinic = CLINIC.matcher(rs.getString("serialized_event"));
        OffsetDateTime published = rs.getObject("publication_date", OffsetDateTime.class);
        OffsetDateTime last = rs.getObject("last_resubmission_date", OffsetDateTime.class);
        FailingDelivery delivery = new FailingDelivery(rs.getObject("id", UUID.class),
                eventInWords(rs.getString("event_type")), receiver(rs.getString("listener_id")),
                published.toInstant(), (last == null ? published : last).toInstant(),
                rs.getInt("completion_attempts"), rs.getString("error"));
        return new Row(clinic.find() ? Optional.of(ClinicId.of(Long.parseLong(clinic.group(1)))) : Optional.empty(),
                delivery);
    }

    /** "org.regenpath.procedure.ProcedureCompleted" as "Procedure completed". */
    static String eventInWords(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        String words = String.join(" ", WORD.split(simple)).toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The part of Regenpath a listener belongs to, in words, from its id "org.regenpath.<module>.Class.method(...)". */
    static String receiver(String listenerId) {
        String prefix = "org.regenpath.";
        if (!listenerId.startsWith(prefix)) {
            return "Regenpath";
        }
        String module = listenerId.substring(prefix.length()).split("\\.", 2)[0];
        return RECEIVERS.getOrDefault(module, "Regenpath");
    }

    private record Row(Optional<ClinicId> clinic, FailingDelivery delivery) {}
}
