package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.support.LookupChecks;
import org.regenpath.support.QueryCounting;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The intake reads other modules build on: conditions and decisions by patient, decisions by ids and changed since. */
@Import(QueryCounting.class)
class IntakeLookupIT extends WebIT {

    @Autowired
    IntakeLookup lookup;

    @Autowired
    TransactionTemplate tx;

    ClinicId clinic;
    ClinicId other;
    Instant tie;
    PatientId patient = new PatientId(Long.MAX_VALUE - 21);
    List<Long> five = new ArrayList<>();
    long stranger;

    /** Five decisions of a clinic of their own, recorded in one transaction at one time, and one of another clinic. */
    @BeforeEach
    void fiveDecisionsWithOneTimestamp() {
        clinic = LookupChecks.freshClinic();
        other = LookupChecks.freshClinic();
        tie = LookupChecks.tie();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                five.add(decision(clinic, tie));
            }
            stranger = decision(other, tie);
        });
    }

    <T> T read(Supplier<T> read) {
        return tx.execute(status -> read.get());
    }

    long decision(ClinicId c, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intake_candidacy_decision (patient_id, clinic_id, outcome, evaluated_outcome, overridden,
                    rule_set_version, findings_json, decided_by, decided_by_role, decided_at)
                values (:p, :c, 'ELIGIBLE', 'ELIGIBLE', false, '2026.1', '{"findings":[],"evidence":[]}',
                    'Lookup Test', 'CLINICIAN', :t)""")
                .param("p", patient.value()).param("c", c.value()).param("t", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long condition(ClinicId c, String notes) {
        jdbc.sql("""
                insert into intake_pain_condition (patient_id, clinic_id, condition_id, icd10_code, body_site,
                    laterality, onset_date, baseline_nrs, notes, created_at, created_by, updated_at, updated_by)
                values (:p, :c, 'knee-oa', 'M17.11', 'knee', 'RIGHT', date '2024-01-10', 6, :n, :t, 'Lookup Test',
                    :t, 'Lookup Test')""")
                .param("p", patient.value()).param("c", c.value()).param("n", notes)
                .param("t", tie.atOffset(ZoneOffset.UTC)).update();
        long id = jdbc.sql("select max(id) from intake_pain_condition where clinic_id = :c").param("c", c.value())
                .query(Long.class).single();
        for (int order = 1; order <= 2; order++) {
            jdbc.sql("""
                    insert into intake_treatment (pain_condition_id, sort_order, category, duration_weeks, response)
                    values (:id, :o, 'NSAID', 12, 'PARTIAL_RELIEF')""").param("id", id).param("o", order).update();
        }
        return id;
    }

    @Test
    void batchReturnsExactlyTheAskedDecisionsOfTheClinicInOneQuery() {
        QueryCounting.reset();
        read(() -> lookup.decisionsByIds(clinic, List.of(five.get(0))));
        int forOne = QueryCounting.statements();
        QueryCounting.reset();
        List<CandidacyDecision> found = read(() -> lookup.decisionsByIds(clinic, List.of(five.get(4), five.get(1),
                stranger, Long.MAX_VALUE)));
        int forMany = QueryCounting.statements();

        assertThat(found).extracting(CandidacyDecision::id).containsExactly(five.get(1), five.get(4));
        assertThat(found).allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE));
        assertThat(forOne).as("one query for the decisions").isEqualTo(1);
        assertThat(forMany).isEqualTo(1);

        assertThat(read(() -> lookup.decisionsByIds(other, five))).as("another clinic's ids").isEmpty();
        assertThat(read(() -> lookup.decisionsByPatient(clinic, patient))).extracting(CandidacyDecision::id)
                .as("newest first").containsExactly(five.get(4), five.get(3), five.get(2), five.get(1), five.get(0));
        assertThat(read(() -> lookup.decisionsByPatient(other, patient))).extracting(CandidacyDecision::id)
                .containsExactly(stranger);
    }

    @Test
    void conditionsOfThePatientAreReadPerClinicWithTheirTreatmentsInTwoQueries() {
        long mine = tx.execute(s -> condition(clinic, "mine"));
        long theirs = tx.execute(s -> condition(other, "theirs"));

        QueryCounting.reset();
        List<PainCondition> found = read(() -> lookup.conditionsByPatient(clinic, patient));
        int statements = QueryCounting.statements();

        assertThat(found).extracting(PainCondition::id).containsExactly(mine);
        assertThat(found.get(0).treatments()).hasSize(2);
        assertThat(statements).as("conditions, treatments and the clinic's day for chronicity")
                .isLessThanOrEqualTo(3);
        assertThat(read(() -> lookup.conditionsByPatient(other, patient))).extracting(PainCondition::id)
                .containsExactly(theirs);
    }

    @Test
    void changedSinceReturnsEveryDecisionOnceAcrossReadsAndPicksUpALaterOne() {
        ChangeCursor from = ChangeCursor.since(tie.minusSeconds(1));
        List<Long> ids = read(() -> LookupChecks.readAll((c, n) -> lookup.decisionsChangedSince(clinic, c, n), from,
                2, CandidacyDecision::id));
        assertThat(ids).containsExactlyElementsOf(five);

        Changes<CandidacyDecision> all = read(() -> lookup.decisionsChangedSince(clinic, from, 10));
        assertThat(all.more()).isFalse();
        long later = tx.execute(s -> decision(clinic, tie.plusSeconds(30)));
        assertThat(read(() -> lookup.decisionsChangedSince(clinic, all.next(), 10)).items())
                .extracting(CandidacyDecision::id).containsExactly(later);

        assertThatThrownBy(() -> read(() -> lookup.decisionsChangedSince(clinic, from, 201)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("limit");
    }
}
