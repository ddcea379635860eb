package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;
import org.regenpath.support.LookupChecks;
import org.regenpath.support.QueryCounting;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The plan reads other modules build on: by ids with their versions in one query, paged, changed since a cursor. */
@Import(QueryCounting.class)
class PlanLookupIT extends WebIT {

    static final StaffMember AUTHOR = new StaffMember(UserId.of(1), "Lookup Test");

    @Autowired
    PlanLookup lookup;

    @Autowired
    Plans plans;

    @Autowired
    TransactionTemplate tx;

    ClinicId clinic;
    ClinicId other;
    Instant tie;
    PatientId patient = new PatientId(Long.MAX_VALUE - 41);
    List<Long> five = new ArrayList<>();
    long stranger;

    /** Five plans of a clinic of their own, created in one transaction at one time, and one of another clinic. */
    @BeforeEach
    void fivePlansWithOneTimestamp() {
        clinic = LookupChecks.freshClinic();
        other = LookupChecks.freshClinic();
        tie = LookupChecks.tie();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                five.add(plan(clinic));
            }
            stranger = plan(other);
        });
    }

    <T> T read(Supplier<T> read) {
        return tx.execute(status -> read.get());
    }

    long plan(ClinicId c) {
        return plans.insert(c, TreatmentPlan.draft(patient, PlanFixtures.marrowToLeftKnee(), AUTHOR, tie),
                AUTHOR.displayName(), tie);
    }

    @Test
    void batchReturnsExactlyTheAskedPlansOfTheClinicAndReadsTheirVersionsInOneQuery() {
        QueryCounting.reset();
        read(() -> lookup.byIds(clinic, List.of(five.get(0))));
        int forOne = QueryCounting.statements();
        QueryCounting.reset();
        List<PlanRecord> found = read(() -> lookup.byIds(clinic, List.of(five.get(4), five.get(1), stranger,
                Long.MAX_VALUE)));
        int forMany = QueryCounting.statements();

        assertThat(found).extracting(PlanRecord::id).containsExactly(five.get(1), five.get(4));
        assertThat(found).allSatisfy(p -> {
            assertThat(p.versions()).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(PlanStatus.DRAFT));
            assertThat(p.inForce()).isNull();
            assertThat(p.updatedAt()).isEqualTo(tie);
        });
        assertThat(forOne).as("one query for the plans, one for their versions").isEqualTo(2);
        assertThat(forMany).isEqualTo(2);

        assertThat(read(() -> lookup.byId(other, five.get(0)))).as("another clinic's plan").isEmpty();
        assertThat(read(() -> lookup.byIds(other, five))).as("another clinic's ids").isEmpty();
        assertThat(read(() -> lookup.byPatient(clinic, patient))).extracting(PlanRecord::id)
                .containsExactlyElementsOf(five);
        assertThat(read(() -> lookup.byPatient(other, patient))).extracting(PlanRecord::id)
                .containsExactly(stranger);
    }

    @Test
    void pagesTellTheClinicsTotal() {
        ResultPage<PlanRecord> second = read(() -> lookup.page(clinic, new Paging(1, 2)));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(PlanRecord::id).containsExactly(five.get(2), five.get(3));
    }

    @Test
    void changedSinceReturnsEveryPlanOnceAcrossReadsAndAnEditedOneAgain() {
        ChangeCursor from = ChangeCursor.since(tie.minusSeconds(1));
        List<Long> ids = read(() -> LookupChecks.readAll((c, n) -> lookup.changedSince(clinic, c, n), from, 2,
                PlanRecord::id));
        assertThat(ids).containsExactlyElementsOf(five);

        Changes<PlanRecord> all = read(() -> lookup.changedSince(clinic, from, 10));
        assertThat(all.more()).isFalse();
        Instant later = tie.plusSeconds(30);
        long edited = five.get(2);
        tx.executeWithoutResult(s -> {
            Plans.Stored stored = plans.byId(edited).orElseThrow();
            assertThat(plans.save(edited, stored.plan().edit(PlanFixtures.marrowToLeftKnee(), AUTHOR, later),
                    later)).isTrue();
        });
        assertThat(read(() -> lookup.changedSince(clinic, all.next(), 10)).items())
                .singleElement().satisfies(p -> {
                    assertThat(p.id()).isEqualTo(edited);
                    assertThat(p.updatedAt()).isEqualTo(later);
                });
    }
}
