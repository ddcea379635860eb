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
 * triage list has something on first start; his day-7 and day-30 checklists stay unanswered.
 */
class DemoChecklistIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    Checklists checklists;

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
