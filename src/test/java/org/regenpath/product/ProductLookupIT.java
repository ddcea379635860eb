package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.regenpath.support.LookupChecks;
import org.regenpath.support.QueryCounting;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The product reads other modules build on: by identifiers with each list's custody events in one query, paged, and
 * changed since a cursor.
 */
@Import(QueryCounting.class)
class ProductLookupIT extends WebIT {

    @Autowired
    ProductLookup lookup;

    @Autowired
    TransactionTemplate tx;

    ClinicId clinic;
    ClinicId other;
    Instant tie;
    PatientId patient = new PatientId(Long.MAX_VALUE - 7);
    List<String> five = new ArrayList<>();
    String stranger;

    /** Five products of a clinic of their own, collected in one statement each at one time. */
    @BeforeEach
    void fiveProductsWithOneTimestamp() {
        clinic = LookupChecks.freshClinic();
        other = LookupChecks.freshClinic();
        tie = LookupChecks.tie();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                five.add(collect(clinic));
            }
            stranger = collect(other);
        });
    }

    <T> T read(Supplier<T> read) {
        return tx.execute(status -> read.get());
    }

    String collect(ClinicId c) {
        String identifier = "RPLOOKUP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        jdbc.sql("""
                insert into product_product (identifier, scheme, patient_id, clinic_id, plan_id, plan_version,
                    product_type, cell_source, state, expires_at, collected_at, updated_at, version)
                values (:id, 'REGENPATH', :p, :c, :plan, 1, 'BONE_MARROW_CONCENTRATE', 'AUTOLOGOUS_BONE_MARROW',
                    'COLLECTED', :expires, :t, :t, 0)""")
                .param("id", identifier).param("p", patient.value()).param("c", c.value())
                .param("plan", Long.MAX_VALUE - 3).param("t", tie.atOffset(ZoneOffset.UTC))
                .param("expires", tie.plusSeconds(86_400).atOffset(ZoneOffset.UTC)).update();
        event(identifier, 1, "COLLECTED", "COLLECTED", tie);
        return identifier;
    }

    void event(String identifier, int sequence, String step, String state, Instant at) {
        jdbc.sql("""
                insert into product_custody_event (product_id, sequence, step, state_after, performed_by_user_id,
                    performed_by, occurred_at, location, seconds_outside_body, recorded_at)
                values ((select id from product_product where identifier = :id), :seq, :step, :state, 1,
                    'Lookup Test', :t, 'Procedure room', 0, :t)""")
                .param("id", identifier).param("seq", sequence).param("step", step).param("state", state)
                .param("t", at.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void batchReturnsExactlyTheAskedProductsOfTheClinicAndReadsTheirEventsInOneQuery() {
        QueryCounting.reset();
        List<ProductView> one = read(() -> lookup.byIds(clinic, List.of(five.get(0))));
        int forOne = QueryCounting.statements();
        QueryCounting.reset();
        List<ProductView> found = read(() -> lookup.byIds(clinic, List.of(five.get(4), five.get(1).toLowerCase(),
                five.get(2), stranger, "RPNOSUCHPRODUCT")));
        int forFive = QueryCounting.statements();

        assertThat(one).extracting(ProductView::productId).containsExactly(five.get(0));
        assertThat(found).extracting(ProductView::productId).containsExactly(five.get(1), five.get(2), five.get(4));
        assertThat(found).allSatisfy(p -> assertThat(p.events()).extracting(CustodyEvent::step)
                .containsExactly(CustodyStep.COLLECTED));
        assertThat(forFive).as("the same queries for five products as for one (no query per product)")
                .isEqualTo(forOne);

        assertThat(read(() -> lookup.byId(clinic, five.get(3)))).isPresent();
        assertThat(read(() -> lookup.byId(other, five.get(3)))).as("another clinic's product").isEmpty();
        assertThat(read(() -> lookup.byIds(other, five))).as("another clinic's identifiers").isEmpty();
    }

    @Test
    void pagesTellTheClinicsTotal() {
        ResultPage<ProductView> second = read(() -> lookup.page(clinic, new Paging(1, 2)));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(ProductView::productId).containsExactly(five.get(2), five.get(3));
    }

    @Test
    void changedSinceReturnsEveryProductOnceAcrossReadsAndPicksUpALaterCustodyStep() {
        ChangeCursor from = ChangeCursor.since(tie.minusSeconds(1));
        List<String> ids = new ArrayList<>();
        read(() -> LookupChecks.readAll((c, n) -> lookup.changedSince(clinic, c, n), from, 2, p -> {
            ids.add(p.productId());
            return (long) ids.size();
        }));
        assertThat(ids).containsExactlyElementsOf(five);

        Changes<ProductView> all = read(() -> lookup.changedSince(clinic, from, 10));
        assertThat(all.more()).isFalse();
        assertThat(read(() -> lookup.changedSince(clinic, all.next(), 10)).items()).isEmpty();

        Instant later = tie.plusSeconds(60);
        tx.executeWithoutResult(s -> {
            event(five.get(1), 2, "PROCESSING_STARTED", "PROCESSING", later);
            jdbc.sql("update product_product set state = 'PROCESSING', updated_at = :t where identifier = :id")
                    .param("t", later.atOffset(ZoneOffset.UTC)).param("id", five.get(1)).update();
        });
        assertThat(read(() -> lookup.changedSince(clinic, all.next(), 10)).items())
                .singleElement().satisfies(p -> {
                    assertThat(p.productId()).isEqualTo(five.get(1));
                    assertThat(p.events()).hasSize(2);
                });
        assertThat(read(() -> lookup.changedSince(other, ChangeCursor.start(), 10)).items())
                .extracting(ProductView::productId).containsExactly(stranger);
    }
}
