package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ProblemReported;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.ClinicId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The triage list's two listeners: a reported problem and a checklist answered with reactions put their items on
 * the list (one per reaction), and a redelivered event adds none. The whole application ({@link TreatedPatients})
 * with {@link EnableScenarios}, like the other modules' event tests: the items are read back as the clinician's list.
 */
@EnableScenarios
class TriageEventsIT extends TreatedPatients {

    @Autowired
    Triage triage;

    @Autowired
    TriageListener listener;

    long items(long patient) {
        return jdbc.sql("select count(*) from safety_triage_item where patient_id = :p").param("p", patient)
                .query(Long.class).single();
    }

    @Test
    void aReportedProblemArrivesOnTheTriageListOnceEvenWhenRedelivered(Scenario scenario) {
        Treated t = treated();
        long report = reported(t.patient(), "The knee is swollen and warm");
        long item = triageItemOf(report);

        assertThat(triage.list(actor(CLINICIAN))).filteredOn(e -> e.item().id() == item).singleElement()
                .satisfies(e -> {
                    assertThat(e.whatReported()).isEqualTo("The knee is swollen and warm");
                    assertThat(e.reportedBy()).contains("told by phone");
                    assertThat(e.detection()).isEqualTo(Detection.PHONE);
                    assertThat(e.item().state()).isEqualTo(TriageState.OPEN);
                });
        listener.on(new ProblemReported(report, t.patient(), account(CLINICIAN).clinicId(),
                ProblemSeverity.MODERATE, Instant.now()));
        assertThat(items(t.patient().value())).isEqualTo(1);
    }

    @Test
    void aChecklistWithTwoReactionsPutsTwoItemsOnTheList(Scenario scenario) {
        Treated t = treated();
        ClinicId clinic = account(CLINICIAN).clinicId();
        SolicitedReactionsReported answered = new SolicitedReactionsReported(9_000_000L + t.procedure(), clinic,
                t.patient(), t.procedure(), 2, Instant.now().truncatedTo(ChronoUnit.MICROS), List.of(
                        new SolicitedReactionsReported.Reaction("injection-site-swelling", ProblemSeverity.MILD),
                        new SolicitedReactionsReported.Reaction("fever", ProblemSeverity.MODERATE)));

        scenario.publish(answered).andWaitForStateChange(() -> items(t.patient().value()), n -> n == 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));
        listener.on(answered);

        assertThat(items(t.patient().value())).as("a redelivery adds nothing").isEqualTo(2);
        assertThat(triage.list(actor(COORDINATOR))).filteredOn(e -> e.item().patientId().equals(t.patient()))
                .extracting(TriageEntry::whatReported).containsExactly(
                        "Swelling or effusion of the injected joint or site (answered yes on the day 2 checklist)",
                        "Fever (answered yes on the day 2 checklist)");
    }
}
