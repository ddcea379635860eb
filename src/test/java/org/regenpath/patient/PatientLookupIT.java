package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The patient reads other modules build on: by ids in one query, paged, and changed since a cursor. */
@Import(QueryCounting.class)
class PatientLookupIT extends WebIT {

    @Autowired
    PatientLookup lookup;

    @Autowired
    TransactionTemplate tx;

    ClinicId clinic;
    ClinicId other;
    Instant tie;
    List<PatientId> five = new ArrayList<>();

    /** Five patients of a clinic of their own written in one statement, so they share one updated_at. */
    @BeforeEach
    void fivePatientsWithOneTimestamp() {
        clinic = LookupChecks.freshClinic();
        other = LookupChecks.freshClinic();
        tie = LookupChecks.tie();
        for (int i = 0; i < 5; i++) {
            five.add(insert(clinic, "P" + i));
        }
        insert(other, "X0");
    }

    <T> T read(java.util.function.Supplier<T> read) {
        return tx.execute(status -> read.get());
    }

    PatientId insert(ClinicId c, String mrn) {
        jdbc.sql("""
                insert into patient (clinic_id, mrn, given_name, family_name, date_of_birth, sex_at_birth,
                    created_at, updated_at, version)
                values (:c, :mrn, 'Ada', 'Lookup', date '1960-01-01', 'F', :t, :t, 0)""")
                .param("c", c.value()).param("mrn", mrn).param("t", tie.atOffset(ZoneOffset.UTC)).update();
        return new PatientId(jdbc.sql("select id from patient where clinic_id = :c and mrn = :mrn")
                .param("c", c.value()).param("mrn", mrn).query(Long.class).single());
    }

    @Test
    void batchReturnsExactlyTheAskedPatientsOfTheClinicInOneQuery() {
        PatientId stranger = new PatientId(jdbc.sql("select id from patient where clinic_id = :c")
                .param("c", other.value()).query(Long.class).single());
        List<PatientId> asked = List.of(five.get(3), five.get(0), stranger, new PatientId(Long.MAX_VALUE));

        QueryCounting.reset();
        List<PatientView> found = read(() -> lookup.byIds(clinic, asked));
        assertThat(QueryCounting.statements()).as("one query for four ids").isEqualTo(1);
        assertThat(found).extracting(PatientView::id).containsExactly(five.get(0), five.get(3));

        assertThat(read(() -> lookup.byId(clinic, five.get(1)))).isPresent();
        assertThat(read(() -> lookup.byId(other, five.get(1)))).as("another clinic's patient").isEmpty();
        assertThat(read(() -> lookup.byIds(other, five))).as("another clinic's ids").isEmpty();
    }

    @Test
    void pagesTellTheClinicsTotal() {
        ResultPage<PatientView> second = read(() -> lookup.page(clinic, new Paging(1, 2)));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(PatientView::id).containsExactly(five.get(2), five.get(3));
        assertThat(read(() -> lookup.page(clinic, new Paging(2, 2))).items()).extracting(PatientView::id)
                .containsExactly(five.get(4));
    }

    @Test
    void changedSinceReturnsEveryPatientOnceAcrossReadsAndPicksUpALaterChange() {
        ChangeCursor from = ChangeCursor.since(tie.minusSeconds(1));
        List<Long> ids = read(() -> LookupChecks.readAll((c, n) -> lookup.changedSince(clinic, c, n), from, 2,
                p -> p.id().value()));
        assertThat(ids).containsExactlyElementsOf(five.stream().map(PatientId::value).toList());

        Changes<PatientView> all = read(() -> lookup.changedSince(clinic, from, 10));
        assertThat(all.more()).isFalse();
        assertThat(read(() -> lookup.changedSince(clinic, all.next(), 10)).items()).isEmpty();

        jdbc.sql("update patient set given_name = 'Changed', updated_at = :t where id = :id")
                .param("t", tie.plusSeconds(1).atOffset(ZoneOffset.UTC)).param("id", five.get(1).value()).update();
        assertThat(read(() -> lookup.changedSince(clinic, all.next(), 10)).items())
                .extracting(PatientView::givenName).containsExactly("Changed");
        assertThat(read(() -> lookup.changedSince(other, ChangeCursor.start(), 10)).items())
                .extracting(PatientView::mrn).containsExactly("X0");
    }

    @Test
    void runsOnlyInsideTheCallersTransactionAndRefusesAnUnboundedRead() {
        assertThatThrownBy(() -> lookup.byIds(clinic, five)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> read(() -> lookup.changedSince(clinic, ChangeCursor.start(), 201)))
                .hasMessageContaining("Between 1 and 200");
    }
}
