package org.regenpath.followup;

import java.util.UUID;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.PatientId;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base for follow-up integration tests: takes a knee osteoarthritis patient of the demo clinic through the module
 * APIs from candidacy to an approved plan (the schedule's baseline appears) and, when asked, to a recorded
 * procedure (the follow-ups appear). See {@link TreatmentPath}.
 */
abstract class TreatedPatientIT extends WebIT {

    @Autowired
    ApplicationContext beans;

    @Autowired
    FollowupSchedules schedules;

    @Autowired
    FollowupResponses responses;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    private TreatmentPath path;

    TreatmentPath path() {
        if (path == null) {
            path = new TreatmentPath(beans, DEMO_PASSWORD);
        }
        return path;
    }

    /** A patient with an approved plan, once its baseline schedule exists. */
    PatientId planned() {
        return path().planned(null);
    }

    /** A planned patient (baseline due) with an active portal account; {@link #email} gives the address. */
    PatientId portalPatient() {
        String email = "fu-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        PatientId p = path().planned(null, null, email, WebIT.clinicToday().plusDays(1));
        String link = PortalFixtures.invite(invitations, actor(COORDINATOR),
                new PortalFixtures.PortalPatient(p, "Testa", email));
        accounts.activate(link.substring(link.indexOf("token=") + "token=".length()), PortalFixtures.PASSWORD,
                PortalFixtures.PASSWORD, "127.0.0.1");
        return p;
    }

    String email(PatientId p) {
        return jdbc.sql("select email from patient where id = :id").param("id", p.value()).query(String.class)
                .single();
    }

    /** A patient treated today: plan approved, product administered, procedure recorded, follow-ups made. */
    PatientId treated() {
        return treat(planned());
    }

    /** Treats a planned patient today and waits for the follow-ups. */
    PatientId treat(PatientId patient) {
        return path().treat(patient);
    }

    ScheduleView schedule(PatientId patient) {
        return path().schedule(patient);
    }

    void awaitTasks(PatientId patient, int atLeast) {
        path().awaitTasks(patient, atLeast);
    }

    TaskView task(PatientId patient, String timePoint, String instrument) {
        return path().task(patient, timePoint, instrument);
    }
}
