package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.intake.Outcome;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live feed on the real modules and database (H2, and PostgreSQL under the {@code postgres} profile): a
 * patient treated down the whole path, with a baseline answered on paper, becomes one treatment row (cell source,
 * product type and the plan's condition read through the Lookups) and one response row; delivering the facts
 * again writes nothing, and rebuilding the clinic from the Lookups gives the same rows.
 */
class RegistryFeedIT extends WebIT {

    @Autowired
    RegistryStore store;

    @Autowired
    RegistryProjection projection;

    @Autowired
    RegistrySources sources;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aTreatedPatientsProcedureAndAnswersBecomeRowsThatARebuildWritesAgainUnchanged() {
        PatientPath path = paths.path(demoStaff()).patient(uniqueMrn())
                .screened(TreatmentPaths.leftKneeOsteoarthritis(LocalDate.now()),
                        TreatmentPaths.healthScreen(new BigDecimal("27.0")))
                .decided(Outcome.ELIGIBLE).plan().consented().approved()
                .baselineAnswered(Map.of("nrs-11", Map.of("nrs", 6)))
                .collected().processed().tested().released().administered().procedureRecorded();
        PatientId patient = path.patientId();
        ClinicId clinic = account(CLINICIAN).clinicId();

        await().atMost(Duration.ofSeconds(30)).until(() -> treatments(clinic, patient).size() == 1
                && responses(clinic, patient).size() == 1);
        RegistryTreatment treated = treatments(clinic, patient).get(0);
        assertThat(treated.procedureId()).isEqualTo(path.procedure().id());
        assertThat(treated.productId()).isEqualTo(path.product().productId());
        assertThat(treated.cellSource()).isEqualTo(CellSource.AUTOLOGOUS_BONE_MARROW);
        assertThat(treated.productType()).isEqualTo(ProductType.BONE_MARROW_CONCENTRATE);
        assertThat(treated.conditionId()).isEqualTo("knee-oa");
        RegistryResponse baseline = responses(clinic, patient).get(0);
        assertThat(baseline.instrumentId()).isEqualTo("nrs-11");
        assertThat(baseline.timePointId()).isEqualTo("baseline");
        assertThat(baseline.score("total").value()).isEqualByComparingTo("6");

        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Boolean again = tx.execute(s -> projection.response(clinic, baseline.responseId()));
        assertThat(again).as("a redelivered response writes nothing").isFalse();
        Boolean procedureAgain = tx.execute(s -> projection.procedure(new RegistrySources.Procedure(
                treated.procedureId(), clinic, patient, treated.planId(), treated.productId(), treated.performedAt())));
        assertThat(procedureAgain).as("a redelivered procedure writes nothing").isFalse();
        Boolean otherClinic = tx.execute(s -> projection.response(ClinicId.of(clinic.value() + 1),
                baseline.responseId()));
        assertThat(otherClinic).as("another clinic's response id answers like a missing one").isFalse();

        RegistryRebuild.Progress done = tx.execute(s -> RegistryRebuild.rebuild(clinic, "Demo", sources, projection,
                store, 2, p -> { }));
        assertThat(done.done()).isTrue();
        assertThat(done.treatments()).isPositive();
        assertThat(treatments(clinic, patient)).containsExactly(treated);
        assertThat(responses(clinic, patient)).containsExactly(baseline);
    }

    private List<RegistryTreatment> treatments(ClinicId clinic, PatientId patient) {
        return store.treatments(clinic).stream().filter(t -> t.patientId().equals(patient)).toList();
    }

    private List<RegistryResponse> responses(ClinicId clinic, PatientId patient) {
        return store.responses(clinic).stream().filter(r -> r.patientId().equals(patient)).toList();
    }
}
