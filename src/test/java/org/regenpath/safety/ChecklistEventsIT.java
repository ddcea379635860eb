package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.demo.PatientPath;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.procedure.ProcedureCompleted;
import org.regenpath.shared.PatientId;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A recorded procedure makes the day 2, 7 and 30 checklists once, however often its event is delivered; an answer
 * with a "yes" publishes {@link SolicitedReactionsReported} with the reactions in the checklist's order, an answer
 * of "no" to everything publishes nothing.
 *
 * <p>The whole application ({@link org.regenpath.support.WebIT}) with {@link EnableScenarios}: the checklists come
 * from this module's listener of a procedure recorded down the whole treatment path.
 */
@EnableScenarios
class ChecklistEventsIT extends ChecklistIT {

    @Test
    void aRecordedProcedureMakesChecklistsForDayTwoSevenAndThirtyInTheClinicsDays() {
        PatientPath path = treated();
        List<ChecklistView> made = checklists.list(actor(CLINICIAN), path.patientId());

        assertThat(made).extracting(ChecklistView::dayAfterProcedure).containsExactly(2, 7, 30);
        assertThat(made).allSatisfy(c -> {
            assertThat(c.procedureId()).isEqualTo(path.procedure().id());
            assertThat(c.performedOn()).isEqualTo(clinicToday());
            assertThat(c.dueOn()).isEqualTo(clinicToday().plusDays(c.dayAfterProcedure()));
            assertThat(c.status()).isEqualTo(ChecklistStatus.UPCOMING);
            assertThat(c.answered()).isNull();
            assertThat(c.items()).allSatisfy(i -> assertThat(i.yes()).isNull());
            assertThat(c.version()).isEqualTo(ChecklistContent.load().version());
        });
        assertThat(made.get(0).items()).as("bone marrow was harvested from the patient: harvest-site items asked")
                .extracting(ChecklistView.Item::site).contains(ChecklistSite.HARVEST);
    }

    @Test
    void aRedeliveredProcedureCompletedMakesNoSecondSet(Scenario scenario) {
        PatientPath path = treated();
        List<Long> before = ids(path.patientId());
        ProcedureCompleted again = new ProcedureCompleted(path.procedure().id(), path.patientId(),
                demoStaff().clinic(), path.planView().id(), path.product().productId(), List.of(),
                path.procedure().performedAt());

        scenario.publish(again)
                .andWaitForStateChange(() -> jdbc.sql("""
                        select count(*) from event_publication where event_type = :t and listener_id like :l
                            and completion_date is not null and serialized_event like :id""")
                        .param("t", ProcedureCompleted.class.getName()).param("l", "%ChecklistListener%")
                        .param("id", "%\"procedureId\":" + path.procedure().id() + ",%")
                        .query(Long.class).single(), n -> n >= 2)
                .andVerify(n -> assertThat(ids(path.patientId())).isEqualTo(before).hasSize(3));
    }

    @Test
    void aYesPublishesSolicitedReactionsReportedWithTheReactions(Scenario scenario) {
        PatientPath path = treated();
        PatientId patient = path.patientId();
        ChecklistView day2 = checklists.list(actor(COORDINATOR), patient).get(0);

        scenario.stimulate(() -> checklists.answer(actor(COORDINATOR), patient, day2.id(),
                        answers(day2, "injection-swelling", ProblemSeverity.MILD)))
                .andWaitForEventOfType(SolicitedReactionsReported.class)
                .matching(e -> e.patientId().equals(patient))
                .toArriveAndVerify((e, answered) -> {
                    assertThat(e.checklistId()).isEqualTo(day2.id());
                    assertThat(e.clinicId()).isEqualTo(account(COORDINATOR).clinicId());
                    assertThat(e.procedureId()).isEqualTo(path.procedure().id());
                    assertThat(e.dayAfterProcedure()).isEqualTo(2);
                    assertThat(e.answeredAt()).isEqualTo(answered.answered().at());
                    assertThat(e.reactions()).containsExactly(new SolicitedReactionsReported.Reaction(
                            "injection-site-swelling", ProblemSeverity.MILD));
                });
    }

    @Test
    void severalYesesArriveInTheChecklistsOrder(Scenario scenario) {
        PatientId patient = treated().patientId();
        ChecklistView day7 = checklists.list(actor(CLINICIAN), patient).get(1);
        List<ChecklistAnswers.Item> items = new java.util.ArrayList<>(answers(day7, "fever",
                ProblemSeverity.SEVERE).answers());
        items.set(0, new ChecklistAnswers.Item(items.get(0).item(), true, ProblemSeverity.MODERATE));

        scenario.stimulate(() -> checklists.answer(actor(CLINICIAN), patient, day7.id(),
                        new ChecklistAnswers(reversed(items))))
                .andWaitForEventOfType(SolicitedReactionsReported.class)
                .matching(e -> e.patientId().equals(patient))
                .toArriveAndVerify(e -> assertThat(e.reactions()).containsExactly(
                        new SolicitedReactionsReported.Reaction("injection-site-pain", ProblemSeverity.MODERATE),
                        new SolicitedReactionsReported.Reaction("fever", ProblemSeverity.SEVERE)));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    @Test
    void anAllNoAnswerPublishesNothingAndIsKeptApartFromUnanswered(Scenario scenario) {
        PatientId patient = treated().patientId();
        ChecklistView day2 = checklists.list(actor(COORDINATOR), patient).get(0);

        scenario.stimulate(() -> checklists.answer(actor(COORDINATOR), patient, day2.id(),
                        answers(day2, null, null)))
                .andWaitForStateChange(() -> checklists.get(actor(COORDINATOR), patient, day2.id()),
                        c -> c.answered() != null)
                .andVerifyEvents(events -> assertThat(events.ofType(SolicitedReactionsReported.class)
                        .matching(e -> e.patientId().equals(patient))).isEmpty());
        List<ChecklistView> after = checklists.list(actor(COORDINATOR), patient);
        assertThat(after.get(0).status()).isEqualTo(ChecklistStatus.ANSWERED);
        assertThat(after.get(0).items()).allSatisfy(i -> assertThat(i.yes()).isFalse());
        assertThat(after.get(0).answered().channel()).isEqualTo(ChecklistChannel.PHONE);
        assertThat(after.get(1).answered()).as("day 7 is still unanswered, not 'no'").isNull();
        assertThat(after.get(1).items()).allSatisfy(i -> assertThat(i.yes()).isNull());
    }
}
