package org.regenpath.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.identity.PortalAccess;
import org.regenpath.identity.PortalStatus;
import org.regenpath.identity.UserAccounts;
import org.regenpath.notification.Notifications;
import org.regenpath.notification.OutgoingMail;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the follow-up e-mails {@link ReminderPlanner} finds due: to the patient when a time point opens and before
 * it closes (only patients with an active portal account: the link leads there), and to the clinic's coordinators
 * when it closed unanswered. Each e-mail is recorded once in {@code followup_reminder} before it is handed to
 * {@link Notifications}, which sends it after commit; a second run, or two at once, sends nothing twice. E-mails
 * carry the clinic's name and a link, never a diagnosis, an instrument or a score.
 */
@Service
public class FollowupReminders {

    static final String RESOURCE = "FollowupReminder";
    private static final Logger log = LoggerFactory.getLogger(FollowupReminders.class);

    private final Schedules schedules;
    private final JdbcClient jdbc;
    private final PatientAccounts patients;
    private final UserAccounts staff;
    private final Clinics clinics;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final FollowupProperties properties;
    private final Clock clock;
    private final TransactionTemplate eachOwn;

    FollowupReminders(Schedules schedules, JdbcClient jdbc, PatientAccounts patients, UserAccounts staff,
            Clinics clinics, Notifications notifications, AuditTrail audit, FollowupProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.patients = patients;
        this.staff = staff;
        this.clinics = clinics;
        this.notifications = notifications;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.eachOwn = new TransactionTemplate(transactions);
    }

    /**
     * Sends every e-mail due today; returns how many reminders were recorded. "Today" is each clinic's own date:
     * a New York clinic's reminders for tomorrow do not go out at 19:00 local time, when UTC turns the day.
     */
    public int sendDue() {
        int recorded = 0;
        for (ClinicView clinic : clinics.all()) {
            recorded += sendDue(clinic.id(), LocalDate.ofInstant(clock.instant(), clinic.timeZone()));
        }
        return recorded;
    }

    private int sendDue(ClinicId clinic, LocalDate today) {
        List<TaskRow> pending = schedules.pendingOpened(clinic, today);
        if (pending.isEmpty()) {
            return 0;
        }
        Set<String> sent = new HashSet<>();
        // Only the reminders of schedules with something pending matter; the table keeps every reminder ever sent.
        jdbc.sql("""
                select schedule_id, time_point_id, kind from followup_reminder
                where clinic_id = :c and schedule_id in (select schedule_id from followup_task
                                      where clinic_id = :c and status = 'PENDING' and opens_on <= :today)""")
                .param("c", clinic.value())
                .param("today", today)
                .query((rs, n) -> ReminderPlanner.key(rs.getLong(1), rs.getString(2),
                        ReminderKind.valueOf(rs.getString(3))))
                .list().forEach(sent::add);
        int recorded = 0;
        for (ReminderPlanner.Due due : ReminderPlanner.due(pending, sent, today,
                properties.reminderDaysBeforeClose())) {
            try {
                Boolean done = eachOwn.execute(status -> send(due));
                recorded += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DuplicateKeyException e) {
                log.debug("Reminder {} was recorded by another run", due);
            }
        }
        return recorded;
    }

    private boolean send(ReminderPlanner.Due due) {
        ClinicId clinic = ClinicId.of(due.clinicId());
        PatientId patient = PatientId.of(due.patientId());
        String clinicName = clinics.byId(clinic).map(ClinicView::name).orElse("Your clinic");
        List<OutgoingMail> mails;
        if (due.kind() == ReminderKind.OVERDUE) {
            mails = staff.addressesOf(clinic, Role.COORDINATOR).stream()
                    .map(to -> overdue(to, clinicName, due)).toList();
        } else {
            PortalAccess access = patients.access(patient);
            if (access.status() != PortalStatus.ACTIVE || access.email() == null) {
                return false;
            }
            mails = List.of(due.kind() == ReminderKind.OPENED ? opened(access.email(), clinicName)
                    : closing(access.email(), clinicName, due.closesOn()));
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                insert into followup_reminder (schedule_id, clinic_id, patient_id, time_point_id, kind, recipients,
                    outcome, sent_at)
                values (:s, :c, :p, :tp, :kind, :n, :outcome, :at)""")
                .param("s", due.scheduleId()).param("c", due.clinicId()).param("p", due.patientId())
                .param("tp", due.timePointId()).param("kind", due.kind().name()).param("n", mails.size())
                .param("outcome", mails.isEmpty() ? "NO_RECIPIENT" : "HANDED_TO_MAIL")
                .param("at", now.atOffset(ZoneOffset.UTC)).update();
        mails.forEach(notifications::send);
        audit.success(Actor.system(clinic), AuditAction.CREATE, patient, RESOURCE, due.scheduleId(),
                due.kind() + " " + due.timePointId() + " recipients=" + mails.size());
        return true;
    }

    private OutgoingMail opened(String to, String clinicName) {
        return OutgoingMail.to(to, "FOLLOWUP_OPENED")
                .subject("Your follow-up questionnaires are ready")
                .greeting("Hello,")
                .paragraph(clinicName + " asks you to answer a few short questionnaires about how you are doing."
                        + " Your answers help your care team follow your recovery.")
                .action("Answer now", notifications.link("/portal"))
                .paragraph("It takes about five minutes on your phone. You can save and finish later.")
                .storable()
                .build();
    }

    private OutgoingMail closing(String to, String clinicName, LocalDate closes) {
        return OutgoingMail.to(to, "FOLLOWUP_CLOSING")
                .subject("Reminder: your follow-up questionnaires")
                .greeting("Hello,")
                .paragraph(clinicName + " is still waiting for some of your questionnaires. Please answer them by "
                        + DateStyle.longDay(closes, null) + ".")
                .action("Answer now", notifications.link("/portal"))
                .storable()
                .build();
    }

    private OutgoingMail overdue(String to, String clinicName, ReminderPlanner.Due due) {
        return OutgoingMail.to(to, "FOLLOWUP_OVERDUE")
                .subject("Follow-up overdue at " + clinicName)
                .greeting("Hello,")
                .paragraph("A patient's follow-up questionnaires were not answered by the end of their window ("
                        + DateStyle.longDay(due.closesOn(), null) + "). The follow-up dashboard lists who to contact.")
                .action("Open the follow-up dashboard", notifications.link("/follow-up"))
                .storable()
                .build();
    }
}
