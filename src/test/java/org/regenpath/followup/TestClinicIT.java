package org.regenpath.followup;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.UserAccounts;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Base for instrument set tests: a clinic made for them, with one user per staff role, so that no other test's
 * patients get their sets. */
abstract class TestClinicIT extends TreatedPatientIT {

    /** A clinic made for these tests, with one user per staff role. */
    record TestClinic(ClinicId id, String admin, String clinician, String coordinator, String lab, String researcher) {}

    static TestClinic clinic;

    @Autowired
    Clinics clinics;

    @Autowired
    UserAccounts users;

    @Autowired
    ClinicInstrumentSets sets;

    @BeforeEach
    void aClinicOfItsOwn() {
        if (clinic != null) {
            return;
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ClinicId id = clinics.create("Instrument set clinic " + tag).id();
        String[] emails = new String[5];
        Role[] roles = {Role.CLINIC_ADMIN, Role.CLINICIAN, Role.COORDINATOR, Role.LAB_TECHNICIAN, Role.RESEARCHER};
        for (int i = 0; i < roles.length; i++) {
            emails[i] = roles[i].name().toLowerCase() + "-" + tag + "@sets-clinic.example";
            users.createAsSystem(id, new NewAccount(emails[i], roles[i].label() + " " + tag, roles[i], DEMO_PASSWORD));
        }
        clinic = new TestClinic(id, emails[0], emails[1], emails[2], emails[3], emails[4]);
    }
}
