package org.regenpath.procedure;

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

/** The procedure reads other modules build on: by ids with their sites in one query, paged, changed since a cursor. */
@Import(QueryCounting.class)
class ProcedureLookupIT extends WebIT {

    @Autowired
    ProcedureLookup lookup;

    @Autowired
    TransactionTemplate tx;

    ClinicId clinic;
    ClinicId other;
    Instant tie;
    PatientId patient = new PatientId(Long.MAX_VALUE - 11);
    List<Long> five = new ArrayList<>();
    long stranger;

    /** Five records of a clinic of their own, written in one transaction with one recorded time. */
    @BeforeEach
    void fiveRecordsWithOneTimestamp() {
        clinic = LookupChecks.freshClinic();
        other = LookupChecks.freshClinic();
        tie = LookupChecks.tie();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                five.add(record(clinic, tie));
            }
            stranger = record(other, tie);
        });
    }

    <T> T read(Supplier<T> read) {
        return tx.execute(status -> read.get());
    }

    long record(ClinicId c, Instant at) {
        String product = "RPPROC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        jdbc.sql("""
                insert into procedure_record (patient_id, clinic_id, product_identifier, plan_id, performed_at,
                    operator_user_id, operator, image_guidance, complications, instructions, recorded_at)
                values (:p, :c, :product, 1, :t, 1, 'Lookup Test', 'ULTRASOUND', 'None', 'Rest', :t)""")
                .param("p", patient.value()).param("c", c.value()).param("product", product)
                .param("t", at.atOffset(ZoneOffset.UTC)).update();
        long id = jdbc.sql("select id from procedure_record where product_identifier = :p").param("p", product)
                .query(Long.class).single();
        for (int position = 1; position <= 2; position++) {
            jdbc.sql("""
                    insert into procedure_site (record_id, position, region, laterality, volume_ml, cells)
                    values (:r, :pos, 'knee joint', 'LEFT', 2.5, null)""").param("r", id).param("pos", position)
                    .update();
        }
        return id;
    }

    @Test
    void batchReturnsExactlyTheAskedRecordsOfTheClinicAndReadsTheirSitesInOneQuery() {
        QueryCounting.reset();
        read(() -> lookup.byIds(clinic, List.of(five.get(0))));
        int forOne = QueryCounting.statements();
        QueryCounting.reset();
        List<ProcedureRecord> found = read(() -> lookup.byIds(clinic, List.of(five.get(4), five.get(1), stranger,
                Long.MAX_VALUE)));
        int forMany = QueryCounting.statements();

        assertThat(found).extracting(ProcedureRecord::id).containsExactly(five.get(1), five.get(4));
        assertThat(found).allSatisfy(r -> assertThat(r.sites()).hasSize(2));
        assertThat(forOne).as("one query for the records, one for their sites").isEqualTo(2);
        assertThat(forMany).isEqualTo(2);

        assertThat(read(() -> lookup.byId(other, five.get(0)))).as("another clinic's record").isEmpty();
        assertThat(read(() -> lookup.byIds(other, five))).as("another clinic's ids").isEmpty();
        assertThat(read(() -> lookup.byPatient(clinic, patient))).hasSize(5);
        assertThat(read(() -> lookup.byPatient(other, patient))).extracting(ProcedureRecord::id)
                .containsExactly(stranger);
    }

    @Test
    void pagesTellTheClinicsTotal() {
        ResultPage<ProcedureRecord> second = read(() -> lookup.page(clinic, new Paging(1, 2)));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(ProcedureRecord::id).containsExactly(five.get(2), five.get(3));
    }

    @Test
    void changedSinceReturnsEveryRecordOnceAcrossReadsAndPicksUpALaterOne() {
        ChangeCursor from = ChangeCursor.since(tie.minusSeconds(1));
        List<Long> ids = read(() -> LookupChecks.readAll((c, n) -> lookup.changedSince(clinic, c, n), from, 2,
                ProcedureRecord::id));
        assertThat(ids).containsExactlyElementsOf(five);

        Changes<ProcedureRecord> all = read(() -> lookup.changedSince(clinic, from, 10));
        assertThat(all.more()).isFalse();
        long later = tx.execute(s -> record(clinic, tie.plusSeconds(30)));
        assertThat(read(() -> lookup.changedSince(clinic, all.next(), 10)).items()).extracting(ProcedureRecord::id)
                .containsExactly(later);
    }
}
