package org.regenpath.support;

import java.time.LocalDate;
import java.util.UUID;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;

/**
 * Patients with portal accounts, made through the real path: registration, an invitation e-mailed to GreenMail
 * ({@link TestMail}), and the link from that e-mail used to set the password.
 */
public final class PortalFixtures {

    /** The password every fixture patient sets. */
    public static final String PASSWORD = "patient-portal-password-1";

    /** A patient with a unique e-mail address. */
    public record PortalPatient(PatientId id, String givenName, String email) {}

    private PortalFixtures() {}

    /** Registers a patient of the inviter's clinic with a fresh address; not invited yet. */
    public static PortalPatient patient(PatientRegistry registry, Actor inviter, String givenName) {
        String email = "portal-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        PatientId id = registry.register(Actor.system(inviter.clinicId()), new PatientDetails(null, givenName,
                "Portaltest", LocalDate.of(1970, 5, 5), SexAtBirth.F, email, null, null)).id();
        return new PortalPatient(id, givenName, email);
    }

    /** Invites the patient and returns the link from the e-mail that arrives. */
    public static String invite(PortalInvitations invitations, Actor inviter, PortalPatient patient) {
        int before = TestMail.to(patient.email()).size();
        invitations.invite(inviter, patient.id());
        return TestMail.link(TestMail.awaitMessage(patient.email(), before + 1));
    }

    /** A registered, invited patient who has set {@link #PASSWORD}. */
    public static PortalPatient activePatient(PatientRegistry registry, PortalInvitations invitations,
            PatientAccounts accounts, Actor inviter, String givenName) {
        PortalPatient patient = patient(registry, inviter, givenName);
        String link = invite(invitations, inviter, patient);
        String token = link.substring(link.indexOf("token=") + "token=".length());
        accounts.activate(token, PASSWORD, PASSWORD, "127.0.0.1");
        return patient;
    }
}
