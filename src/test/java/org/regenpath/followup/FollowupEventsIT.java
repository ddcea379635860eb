package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A submitted questionnaire publishes {@link QuestionnaireCompleted} with its scores, and a reported problem
 * publishes {@link ProblemReported}, each with the stored record, the patient and their clinic.
 *
 * <p>The whole application ({@link WebIT}) with {@link EnableScenarios}, not {@code @ApplicationModuleTest}: the
 * questionnaire's task comes from a schedule made by this module's listener of an approved plan (planning, intake,
 * patient), and both services authorise and audit against the demo users in a migrated database.
 */
@EnableScenarios
class FollowupEventsIT extends WebIT {

    @Autowired
    ApplicationContext beans;

    @Autowired
    ProblemReports problems;

    @Test
    void aSubmittedQuestionnairePublishesQuestionnaireCompletedWithItsScores(Scenario scenario) {
        TreatmentPath path = new TreatmentPath(beans, DEMO_PASSWORD);
        PatientId patient = path.planned(null);

        scenario.stimulate(() -> path.answerPain(patient, "baseline", 6))
                .andWaitForEventOfType(QuestionnaireCompleted.class)
                .matching(e -> e.patientId().equals(patient))
                .toArriveAndVerify((e, stored) -> {
                    assertThat(e.responseId()).isEqualTo(stored.id());
                    assertThat(e.clinicId()).isEqualTo(account(COORDINATOR).clinicId());
                    assertThat(e.instrumentId()).isEqualTo("nrs-11");
                    assertThat(e.timePointId()).isEqualTo("baseline");
                    assertThat(e.scores()).containsValue(6.0);
                    assertThat(e.answeredOn()).isEqualTo(stored.answeredOn());
                    assertThat(e.late()).isFalse();
                });
    }

    @Test
    void aReportedProblemPublishesProblemReported(Scenario scenario) {
        TreatmentPath path = new TreatmentPath(beans, DEMO_PASSWORD);
        PatientId patient = path.planned(null);

        scenario.stimulate(() -> problems.report(actor(COORDINATOR), patient, new ProblemReports.ProblemInput(
                        "Swelling of the left knee since yesterday", clinicToday().minusDays(1),
                        ProblemSeverity.MODERATE)))
                .andWaitForEventOfType(ProblemReported.class)
                .matching(e -> e.patientId().equals(patient))
                .toArriveAndVerify((e, report) -> {
                    assertThat(e.reportId()).isEqualTo(report.id());
                    assertThat(e.clinicId()).isEqualTo(account(COORDINATOR).clinicId());
                    assertThat(e.severity()).isEqualTo(ProblemSeverity.MODERATE);
                    assertThat(e.reportedAt()).as("the instant the report was stored with")
                            .isEqualTo(report.reportedAt());
                });
    }
}
