package org.regenpath.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code planning_consent}, {@code planning_consent_signature} and {@code planning_consent_withdrawal}.
 * Only ever inserts; the database refuses anything else (vendor scripts under {@code db/vendor/*}{@code /planning}).
 */
@Repository
class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a consent with its signatures; returns its id. */
    long insert(PatientId patient, ClinicId clinic, long planId, int versionNumber, RenderedConsent document,
            List<ConsentSignature> signatures, StaffMember recordedBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into planning_consent (plan_id, version_number, patient_id, clinic_id, document_id,
                    document_version, document_text, plan_sha256, content_sha256, recorded_by_user_id, recorded_by,
                    recorded_at)
                values (:plan, :n, :patient, :clinic, :doc, :docVersion, :text, :planSha, :sha, :user, :by, :at)""")
                .param("plan", planId)
                .param("n", versionNumber)
                .param("patient", patient.value())
                .param("clinic", clinic.value())
                .param("doc", document.documentId())
                .param("docVersion", document.documentVersion())
                .param("text", document.text())
                .param("planSha", document.planSha256())
                .param("sha", document.sha256())
                .param("user", recordedBy.userId().value())
                .param("by", recordedBy.displayName())
                .param("at", utc(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        touchPlan(id, at);
        for (ConsentSignature s : signatures) {
            jdbc.sql("""
                    insert into planning_consent_signature (consent_id, signer_role, printed_name, typed_name,
                        signer_user_id, method, meaning, signed_at, content_sha256)
                    values (:consent, :role, :printed, :typed, :user, :method, :meaning, :at, :sha)""")
                    .param("consent", id)
                    .param("role", s.role().name())
                    .param("printed", s.printedName())
                    .param("typed", s.typedName())
                    .param("user", s.signerUserId() == null ? null : s.signerUserId().value())
                    .param("method", s.method().name())
                    .param("meaning", s.meaning())
                    .param("at", utc(s.signedAt()))
                    .param("sha", s.contentSha256())
                    .update();
        }
        return id;
    }

    void withdraw(long consentId, ConsentWithdrawal w) {
        jdbc.sql("""
                insert into planning_consent_withdrawal (consent_id, reason, recorded_by_user_id, recorded_by,
                    withdrawn_at)
                values (:consent, :reason, :user, :by, :at)""")
                .param("consent", consentId)
                .param("reason", w.reason())
                .param("user", w.recordedBy().userId().value())
                .param("by", w.recordedBy().displayName())
                .param("at", utc(w.withdrawnAt()))
                .update();
        touchPlan(consentId, w.withdrawnAt());
    }

    /** A consent recorded or withdrawn changes its plan (decision 0038: the plan's last change). */
    private void touchPlan(long consentId, Instant at) {
        jdbc.sql("""
                update planning_plan set updated_at = :at
                where id = (select plan_id from planning_consent where id = :consent)""")
                .param("consent", consentId).param("at", utc(at)).update();
    }

    /** Every consent to the plan, by version number, each version's oldest first. */
    Map<Integer, List<PlanConsent>> byPlan(long planId) {
        return byPlans(List.of(planId), true).getOrDefault(planId, Map.of());
    }

    /**
     * Every consent to the plans, by plan and version number, each version's oldest first. Without the text
     * ({@code withText} false) each consent's {@link PlanConsent#documentText()} is {@code null}: enough to tell
     * whether a consent stands, without reading every signed document.
     */
    Map<Long, Map<Integer, List<PlanConsent>>> byPlans(Collection<Long> planIds, boolean withText) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ConsentSignature>> signatures = new HashMap<>();
        jdbc.sql("""
                select s.* from planning_consent_signature s join planning_consent c on c.id = s.consent_id
                where c.plan_id in (:plans) order by s.id""")
                .param("plans", planIds)
                .query((rs, n) -> signatures.computeIfAbsent(rs.getLong("consent_id"), k -> new ArrayList<>())
                        .add(signature(rs)))
                .list();
        Map<Long, ConsentWithdrawal> withdrawals = new HashMap<>();
        jdbc.sql("""
                select w.* from planning_consent_withdrawal w join planning_consent c on c.id = w.consent_id
                where c.plan_id in (:plans)""")
                .param("plans", planIds)
                .query((rs, n) -> withdrawals.put(rs.getLong("consent_id"), new ConsentWithdrawal(
                        rs.getString("reason"), staff(rs, "recorded_by"), instant(rs, "withdrawn_at"))))
                .list();
        Map<Long, Map<Integer, List<PlanConsent>>> byPlan = new HashMap<>();
        jdbc.sql("""
                select id, plan_id, version_number, document_id, document_version, %s as document_text, plan_sha256,
                    content_sha256, recorded_by_user_id, recorded_by, recorded_at
                from planning_consent where plan_id in (:plans) order by id"""
                .formatted(withText ? "document_text" : "cast(null as varchar(1))"))
                .param("plans", planIds)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    PlanConsent c = new PlanConsent(id, rs.getLong("plan_id"), rs.getInt("version_number"),
                            rs.getString("document_id"), rs.getString("document_version"),
                            rs.getString("document_text"), rs.getString("plan_sha256"),
                            rs.getString("content_sha256"), signatures.getOrDefault(id, List.of()),
                            withdrawals.get(id), staff(rs, "recorded_by"), instant(rs, "recorded_at"));
                    return byPlan.computeIfAbsent(c.planId(), k -> new HashMap<>())
                            .computeIfAbsent(c.versionNumber(), k -> new ArrayList<>()).add(c);
                })
                .list();
        return byPlan;
    }

    private static ConsentSignature signature(ResultSet rs) throws SQLException {
        long user = rs.getLong("signer_user_id");
        UserId signer = rs.wasNull() ? null : UserId.of(user);
        return new ConsentSignature(SignerRole.valueOf(rs.getString("signer_role")), rs.getString("printed_name"),
                rs.getString("typed_name"), signer,
                SignatureMethod.valueOf(rs.getString("method")), rs.getString("meaning"),
                instant(rs, "signed_at"), rs.getString("content_sha256"));
    }

    private static StaffMember staff(ResultSet rs, String column) throws SQLException {
        return new StaffMember(UserId.of(rs.getLong(column + "_user_id")), rs.getString(column));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
