package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.PatientId;
import org.regenpath.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Follow-up e-mails over real SMTP (GreenMail): the patient hears when questionnaires open and before they close,
 * the coordinators when they are overdue; each once, and without anything clinical in them.
 */
class FollowupRemindersIT extends TreatedPatientIT {

    @Autowired
    FollowupReminders reminders;

    long reminders(PatientId p, String kind) {
        return jdbc.sql("select count(*) from followup_reminder where patient_id = :p and kind = :k")
                .param("p", p.value()).param("k", kind).query(Long.class).single();
    }

    void moveWindow(PatientId p, String timePoint, LocalDate opens, LocalDate closes) {
        jdbc.sql("update followup_task set opens_on = :o, closes_on = :c where patient_id = :p and time_point_id = :tp")
                .param("o", opens).param("c", closes).param("p", p.value()).param("tp", timePoint).update();
    }

    @Test
    void thePatientGetsOneEMailWhenQuestionnairesOpenWithALinkAndNothingClinical() {
        PatientId p = portalPatient();
        String to = email(p);
        int before = TestMail.to(to).size();
        reminders.sendDue();
        MimeMessage mail = TestMail.awaitMessage(to, before + 1);
        assertThat(TestMail.subject(mail)).isEqualTo("Your follow-up questionnaires are ready");
        assertThat(TestMail.link(mail)).endsWith("/portal");
        assertThat(TestMail.text(mail)).contains("Demo Regenerative Pain Clinic")
                .doesNotContain("KOOS").doesNotContain("knee").doesNotContain("Testa");
        reminders.sendDue();
        assertThat(reminders(p, "OPENED")).isEqualTo(1);
        assertThat(TestMail.to(to)).hasSize(before + 1);
    }

    @Test
    void aClosingReminderThenAnOverdueNoticeToTheCoordinators() {
        PatientId p = portalPatient();
        treat(p);
        reminders.sendDue();
        String to = email(p);
        LocalDate today = clinicToday();
        moveWindow(p, "1m", today.minusDays(10), today.plusDays(3));
        int before = TestMail.to(to).size();
        reminders.sendDue();
        assertThat(TestMail.subject(TestMail.awaitMessage(to, before + 1)))
                .isEqualTo("Reminder: your follow-up questionnaires");
        assertThat(reminders(p, "CLOSING")).isEqualTo(1);

        moveWindow(p, "1m", today.minusDays(40), today.minusDays(1));
        String coordinator = COORDINATOR;
        int coordinatorBefore = TestMail.to(coordinator).size();
        reminders.sendDue();
        assertThat(reminders(p, "OVERDUE")).isEqualTo(1);
        TestMail.awaitMessage(coordinator, coordinatorBefore + 1);
        List<MimeMessage> notices = TestMail.to(coordinator).subList(coordinatorBefore, TestMail.to(coordinator).size());
        assertThat(notices).isNotEmpty().allSatisfy(m -> {
            assertThat(TestMail.subject(m)).isEqualTo("Follow-up overdue at Demo Regenerative Pain Clinic");
            // The patient's record number as a number of its own (it may be part of a year in the text).
            assertThat(TestMail.text(m)).doesNotContainPattern("(?<![0-9])" + p.value() + "(?![0-9])")
                    .doesNotContain("Testa");
        });
        assertThat(TestMail.to(to)).hasSize(before + 1);
    }

    @Test
    void aPatientWithoutAPortalAccountGetsNoEMailAndIsTriedAgainLater() {
        PatientId p = planned();
        reminders.sendDue();
        assertThat(reminders(p, "OPENED")).isZero();
    }
}
