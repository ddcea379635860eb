package org.regenpath;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.UserAccounts;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The patient registry, the day list, user administration, clinic settings and the audit trail, through the
 * {@link AuthorizationMatrix}: anonymous callers, the roles each is closed to, a patient and a user of another
 * clinic are refused and audited, writing nothing; the roles it is open to are served and audited. The other
 * modules' endpoints have their matrices in their own tests.
 */
class AuthorizationMatrixIT extends WebIT {

    private static final String PATIENT_JSON = """
            {"givenName": "Mallory", "familyName": "Probe", "dateOfBirth": "1970-01-01", "sexAtBirth": "F",
             "version": 0}""";
    private static final String PATIENT_FORM = "givenName=Mallory&familyName=Probe&dateOfBirth=1970-01-01"
            + "&sexAtBirth=F&version=0";
    private static final String[] CARE_TEAM = {CLINICIAN, COORDINATOR};
    private static final String[] EVERYONE = {CLINICIAN, COORDINATOR, LAB, RESEARCHER, ADMIN};

    /**
     * {@code {p}}: a patient of clinic A; {@code {user}}: a lab technician account of clinic A; {@code {email}}: an
     * address no account has; {@code {zone}}: the clinic's own time zone, so that serving changes nothing.
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/patients")                                         .allow(CARE_TEAM),
            row(POST, "/api/patients").body(PATIENT_JSON)                    .allow(CARE_TEAM),
            row(GET, "/api/patients/{p}")                                     .allow(CARE_TEAM),
            row(PUT, "/api/patients/{p}").body(PATIENT_JSON)                 .allow(CARE_TEAM),
            row(GET, "/api/audit-events")                                     .allow(ADMIN),
            row(GET, "/patients")                                             .allow(CARE_TEAM),
            row(GET, "/patients/new")                                         .allow(CARE_TEAM)
                    .with(Endpoint.Option.UNAUDITED),
            row(POST, "/patients").body(PATIENT_FORM)                        .allow(CARE_TEAM),
            row(GET, "/patients/{p}")                                         .allow(CARE_TEAM),
            row(GET, "/patients/{p}/edit")                                    .allow(CARE_TEAM),
            row(POST, "/patients/{p}").body(PATIENT_FORM)                    .allow(CARE_TEAM),
            row(GET, "/patients/{p}/history")                                 .allow(CLINICIAN),
            row(GET, "/patients/{p}/summary")                                 .allow(CARE_TEAM),
            row(GET, "/procedures/day")                                       .allow(CARE_TEAM),
            row(GET, "/admin/users")                                          .allow(ADMIN)
                    .with(Endpoint.Option.UNAUDITED),
            row(POST, "/admin/users").body("email={email}&displayName=X&role=CLINICIAN&password=long-enough-password")
                                                                               .allow(ADMIN),
            row(GET, "/admin/users/{user}")                                   .allow(ADMIN).otherClinic(OTHER_ADMIN)
                    .with(Endpoint.Option.UNAUDITED),
            row(POST, "/admin/users/{user}").body("displayName=X&role=LAB_TECHNICIAN&enabled=true&version=0")
                                                                               .allow(ADMIN).otherClinic(OTHER_ADMIN),
            row(POST, "/admin/users/{user}/unlock").body("")                 .allow(ADMIN).otherClinic(OTHER_ADMIN),
            row(POST, "/admin/users/{user}/password").body("password=another-long-password")
                                                                               .allow(ADMIN).otherClinic(OTHER_ADMIN),
            row(GET, "/admin/audit")                                          .allow(ADMIN),
            row(GET, "/admin/audit.csv")                                      .allow(ADMIN),
            row(GET, "/admin/clinic")                                         .allow(EVERYONE)
                    .with(Endpoint.Option.UNAUDITED),
            row(POST, "/admin/clinic").body("timeZone={zone}")               .allow(ADMIN),
            row(GET, "/api/clinic/time-zone")                                 .allow(EVERYONE)
                    .with(Endpoint.Option.UNAUDITED),
            row(GET, "/admin/events")                                         .allow(ADMIN)
                    .with(Endpoint.Option.UNAUDITED),
            // Served, and another clinic's failing delivery answering like a missing one: system.EventPagesIT.
            row(POST, "/admin/events/00000000-0000-0000-0000-000000000000/retry").body("")
                    .allow(ADMIN).with(Endpoint.Option.SERVED_ELSEWHERE),
            row(PUT, "/api/clinic/time-zone").body("{\"timeZone\": \"{zone}\"}").allow(ADMIN),
            // Every staff user's own password; changing the demo users' would break the other tests: served in
            // MustChangePasswordIT.
            row(GET, "/account/password")                                     .allow(EVERYONE)
                    .with(Endpoint.Option.UNAUDITED),
            row(POST, "/account/password").body("current=wrong&password=x&confirmation=x")
                    .allow(EVERYONE).with(Endpoint.Option.SERVED_ELSEWHERE));

    @Autowired
    private PatientRegistry registry;

    @Autowired
    private UserAccounts users;

    @TestFactory
    Stream<DynamicNode> everyEndpointServesWhomItMayAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> target());
    }

    /** A fresh patient and a fresh lab technician account of clinic A. */
    private Target target() {
        Actor system = Actor.system(account(CLINICIAN).clinicId());
        PatientId patient = registry.register(system, new PatientDetails(uniqueMrn(), "Matrix", "Target",
                LocalDate.of(1960, 1, 1), SexAtBirth.F, null, null, null)).id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long user = users.createAsSystem(system.clinicId(), new NewAccount("matrix-" + tag + "@demo-clinic.example",
                "Matrix " + tag, Role.LAB_TECHNICIAN, DEMO_PASSWORD)).id().value();
        return Target.of(patient).record("user", user, Target.NONE - 5)
                .value("email", "new-" + tag + "@demo-clinic.example").value("zone", DEMO_ZONE.getId())
                .written(() -> written(patient.value(), user));
    }

    private long written(long patient, long user) {
        return jdbc.sql("""
                select (select count(*) from patient) + (select coalesce(sum(version), 0) from patient where id = :p)
                     + (select count(*) from identity_user)
                     + (select coalesce(sum(version), 0) from identity_user where id = :u)""")
                .param("p", patient).param("u", user).query(Long.class).single();
    }
}
