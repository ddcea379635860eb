package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.safety.ChecklistChannel;
import org.regenpath.safety.ChecklistView;
import org.regenpath.safety.Checklists;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the day the demo loads Daniel Reyes tells the coordinator on the phone that his injected heel is mildly swollen:
 * his day-2 checklist is answered, by phone, with injection-site swelling (mild) and everything else "no", so the
 * triage list has something on first start; his day-7 and day-30 checklists stay unanswered. The demo clinician
 * confirmed it from the triage list as a mild, expected event probably related to the injection, so the triage list
 * shows it handled and his chart's Safety tab shows the event.
 */
class DemoChecklistIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    Checklists checklists;

    @Autowired
    org.regenpath.safety.AdverseEvents events;

    @Autowired
    org.regenpath.safety.Triage triage;

    @Test
    void reyesSwellingIsConfirmedFromTheTriageListAsAMildExpectedEventProbablyRelatedToTheInjection() {
        PatientId reyes = DemoFixtures.patient(registry, actor(CLINICIAN), "Reyes");
        List<org.regenpath.safety.AdverseEvent> his = events.list(actor(CLINICIAN), reyes);
        assertThat(his).hasSize(1);
        org.regenpath.safety.AdverseEventDetails d = his.get(0).details();
        assertThat(d.term().key()).isEqualTo("injection-site-swelling");
        assertThat(d.grade()).isEqualTo(1);
        assertThat(d.serious()).isFalse();
        assertThat(d.expected()).isTrue();
        assertThat(d.injectionRelatedness()).isEqualTo(org.regenpath.safety.Relatedness.PROBABLE);
        assertThat(d.detection()).isEqualTo(org.regenpath.safety.Detection.SOLICITED_CHECKLIST);
        assertThat(triage.list(actor(CLINICIAN))).filteredOn(e -> e.item().patientId().equals(reyes))
                .extracting(e -> e.item().state(), e -> e.item().eventId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(org.regenpath.safety.TriageState.CONFIRMED,
                        his.get(0).id()));
    }

    @Test
    void reyesDayTwoChecklistIsAnsweredByPhoneWithMildInjectionSiteSwelling() {
        PatientId reyes = DemoFixtures.patient(registry, actor(CLINICIAN), "Reyes");
        List<ChecklistView> his = checklists.list(actor(CLINICIAN), reyes);

        assertThat(his).extracting(ChecklistView::dayAfterProcedure).containsExactly(2, 7, 30);
        ChecklistView day2 = his.get(0);
        assertThat(day2.answered()).isNotNull();
        assertThat(day2.answered().channel()).isEqualTo(ChecklistChannel.PHONE);
        assertThat(day2.answered().byRole()).isEqualTo("Coordinator");
        assertThat(day2.items()).filteredOn(i -> Boolean.TRUE.equals(i.yes()))
                .extracting(ChecklistView.Item::term, ChecklistView.Item::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("injection-site-swelling", ProblemSeverity.MILD));
        assertThat(his.get(1).answered()).isNull();
        assertThat(his.get(2).answered()).isNull();
    }
}
