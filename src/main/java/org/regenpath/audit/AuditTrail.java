package org.regenpath.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's API. Successful reads and writes are recorded in the caller's transaction, so a write and
 * its audit row are committed together or not at all. Refusals are recorded in a transaction of their own, so
 * they survive the rollback of the refused request.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action that was carried out, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void success(
            Actor actor, AuditAction action, PatientId patient, String resourceType, Object resourceId, String detail) {
        insert(actor, action, AuditOutcome.SUCCESS, patient, resourceType, resourceId, detail);
    }

    /** Records a refused attempt; committed even when the caller's transaction rolls back. */
    public void denied(
            Actor actor, AuditAction action, PatientId patient, String resourceType, Object resourceId, String reason) {
        ownTransaction.executeWithoutResult(
                status -> insert(actor, action, AuditOutcome.DENIED, patient, resourceType, resourceId, reason));
    }

    /** Records a sign-in or sign-out, in a transaction of its own. {@code known} is null when no account matched. */
    public void signIn(
            String username, Actor known, AuditAction action, boolean succeeded, String detail, String address) {
        Actor who = known != null ? known : new Actor(null, username == null ? "" : username, null, null, null, address);
        ownTransaction.executeWithoutResult(status -> insert(
                who,
                action,
                succeeded ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
                null,
                "Session",
                null,
                detail));
    }

    /**
     * One page of the trail of one patient, newest first, for the history section of the chart; the caller has
     * authorised the read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultPage<AuditRecord> historyOf(PatientId patient, Paging paging) {
        List<AuditRecord> rows = jdbc.sql("select * from audit_event where patient_id = :p order by id desc"
                        + " offset " + paging.offset() + " rows fetch next " + paging.size() + " rows only")
                .param("p", patient.value())
                .query(AuditTrail::map)
                .list();
        long total = jdbc.sql("select count(*) from audit_event where patient_id = :p").param("p", patient.value())
                .query(Long.class).single();
        return new ResultPage<>(rows, paging.page(), paging.size(), total);
    }

    void insert(
            Actor actor,
            AuditAction action,
            AuditOutcome outcome,
            PatientId patient,
            String resourceType,
            Object resourceId,
            String detail) {
        jdbc.sql(
                        """
                insert into audit_event (occurred_at, user_id, username, role, clinic_id, patient_id,
                    resource_type, resource_id, action, outcome, detail, address)
                values (:at, :user, :username, :role, :clinic, :patient, :type, :rid, :action, :outcome, :detail,
                    :address)""")
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .param("user", actor.userId() == null ? null : actor.userId().value())
                .param("username", truncate(actor.username(), 254))
                .param("role", actor.role() == null ? null : actor.role().name())
                .param("clinic", actor.clinicId() == null ? null : actor.clinicId().value())
                .param("patient", patient == null ? null : patient.value())
                .param("type", resourceType)
                .param("rid", resourceId == null ? null : truncate(resourceId.toString(), 200))
                .param("action", action.name())
                .param("outcome", outcome.name())
                .param("detail", truncate(detail, MAX_DETAIL))
                .param("address", truncate(actor.address(), 64))
                .update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static AuditRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                (Long) rs.getObject("user_id", Long.class),
                rs.getString("username"),
                rs.getString("role"),
                (Long) rs.getObject("clinic_id", Long.class),
                (Long) rs.getObject("patient_id", Long.class),
                rs.getString("resource_type"),
                rs.getString("resource_id"),
                AuditAction.valueOf(rs.getString("action")),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"),
                rs.getString("address"));
    }
}
