package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.NotFound;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read the product module asks before acting on a plan: whether the consent to the version in force stands,
 * and when and why it was withdrawn; only inside the caller's transaction and without an audit row.
 */
class ConsentLookupIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ConsentLookup lookup;

    @Autowired
    PlanLookup plansLookup;

    @Autowired
    TransactionTemplate tx;

    ClinicalFixtures.Candidate candidate() {
        return ClinicalFixtures.candidate(registry, profiles, screening, account(CLINICIAN).clinicId(), uniqueMrn(),
                Outcome.ELIGIBLE);
    }

    @Test
    void tellsWhetherTheConsentToTheVersionInForceStandsAndWhenItWasWithdrawn() {
        ClinicalFixtures.Candidate c = candidate();
        long approved = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        long draftOnly = plans.create(actor(CLINICIAN), c.patient(), ClinicalFixtures.marrowPlan(c)).id();
        // The follow-up module reads the approved plan (audited) when it makes the schedule, after commit: let it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from audit_event where patient_id = :p and resource_type = 'FollowupSchedule'")
                .param("p", c.patient().value()).query(Long.class).single() > 0);

        long audit = lastAuditId();
        ConsentInForce valid = tx.execute(s -> lookup.consentInForce(c.patient(), approved));
        assertThat(valid.inForce()).isTrue();
        assertThat(valid.versionNumber()).isEqualTo(1);
        assertThat(valid.withdrawal()).isNull();
        assertThat(auditAfter(audit)).as("the lookup writes no audit row").noneMatch(r -> List.of(
                PlanConsents.CONSENT, TreatmentPlans.PLAN).contains(r.get("resource_type")));

        ConsentInForce none = tx.execute(s -> lookup.consentInForce(c.patient(), draftOnly));
        assertThat(none.inForce()).isFalse();
        assertThat(none.versionNumber()).isNull();
        assertThat(none.message()).contains("no approved version");

        ClinicId clinic = account(CLINICIAN).clinicId();
        Instant beforeWithdrawal = tx.execute(s -> plansLookup.byId(clinic, approved)).orElseThrow().updatedAt();
        consents.withdraw(actor(COORDINATOR), c.patient(), approved, 1, "No reason given");
        ConsentInForce withdrawn = tx.execute(s -> lookup.consentInForce(c.patient(), approved));
        assertThat(tx.execute(s -> plansLookup.byId(clinic, approved)).orElseThrow().updatedAt())
                .as("a withdrawal changes the plan").isEqualTo(withdrawn.withdrawal().withdrawnAt())
                .isAfterOrEqualTo(beforeWithdrawal);
        assertThat(withdrawn.inForce()).isFalse();
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("No reason given");
        assertThat(withdrawn.withdrawal().recordedBy().displayName()).isEqualTo(COORDINATOR);

        Map<Long, ConsentInForce> both = tx.execute(s -> lookup.consentsInForce(List.of(approved, draftOnly, -1L)));
        assertThat(both).containsOnlyKeys(approved, draftOnly);
        assertThat(both.get(approved).withdrawn()).isTrue();
        assertThat(both.get(draftOnly).versionNumber()).isNull();
    }

    @Test
    void refusesAnotherPatientsPlanAndACallOutsideATransaction() {
        ClinicalFixtures.Candidate c = candidate();
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        ClinicalFixtures.Candidate other = candidate();
        assertThatThrownBy(() -> tx.execute(s -> lookup.consentInForce(other.patient(), plan)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> lookup.consentInForce(c.patient(), plan))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
