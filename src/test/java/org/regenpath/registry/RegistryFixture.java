package org.regenpath.registry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.UserAccounts;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;

/**
 * A clinic of its own with a hand-made registry, for the dashboard's tests: a researcher and a clinician, and 13
 * treated patients, all treated 100 days ago (so 1 and 3 months are due, 6 months not), each with an NRS-11
 * baseline of 8.
 * <ul>
 *   <li>12 with knee osteoarthritis, bone marrow concentrate from autologous bone marrow: at 1 month patients 1–6
 *       answer 4 (50 % better), 7–9 answer 7 (12.5 % better), 10–12 do not answer; at 3 months patients 1–3 answer
 *       2, the others do not answer.</li>
 *   <li>1 with hip osteoarthritis, micro-fragmented adipose tissue, answering 6 at 1 month.</li>
 * </ul>
 * Worked out by hand for IMMPACT ≥ 30 %, knee only: at 1 month those who answered 6 of 9, everyone treated 6 of
 * 12, carried forward 6 of 12, no answer 3 of 12; at 3 months those who answered 3 of 3 (a small sample), everyone
 * treated 3 of 12, carried forward 6 of 12 (patients 4–6 carry their 1-month response), no answer 9 of 12.
 */
final class RegistryFixture {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    /**
     * The fixture's clinic and users.
     *
     * @param clinic the clinic
     * @param researcher its researcher's e-mail
     * @param clinician its clinician's e-mail
     * @param treatedOn the day every patient was treated
     */
    record Made(ClinicId clinic, String researcher, String clinician, LocalDate treatedOn) {}

    private RegistryFixture() {}

    static Made make(Clinics clinics, UserAccounts users, RegistryStore store, String password) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ClinicId clinic = clinics.create("Registry clinic " + tag, ZONE).id();
        String researcher = "researcher-" + tag + "@registry-fixture.example";
        String clinician = "clinician-" + tag + "@registry-fixture.example";
        users.createAsSystem(clinic, new NewAccount(researcher, "Rhea Researcher", Role.RESEARCHER, password));
        users.createAsSystem(clinic, new NewAccount(clinician, "Cal Clinician", Role.CLINICIAN, password));
        LocalDate treatedOn = LocalDate.now(ZONE).minusDays(100);
        // Ids well above any the application hands out, and unique per run (the rows have no foreign keys).
        long base = 800_000_000_000L + (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L) * 1000;
        for (int p = 1; p <= 13; p++) {
            boolean knee = p <= 12;
            PatientId patient = PatientId.of(base + p);
            store.saveTreatment(new RegistryTreatment(base + p, clinic, patient, base + p, "RF-" + tag + "-" + p,
                    treatedOn.atTime(LocalTime.of(15, 0)).atZone(ZONE).toInstant(),
                    knee ? CellSource.AUTOLOGOUS_BONE_MARROW : CellSource.AUTOLOGOUS_ADIPOSE,
                    knee ? ProductType.BONE_MARROW_CONCENTRATE : ProductType.MICROFRAGMENTED_ADIPOSE,
                    knee ? "knee-oa" : "hip-oa"));
            answer(store, base + 100 + p, clinic, patient, "baseline", 8, treatedOn.minusDays(7));
            Integer oneMonth = !knee ? Integer.valueOf(6) : p <= 6 ? Integer.valueOf(4) : p <= 9 ? Integer.valueOf(7)
                    : null;
            if (oneMonth != null) {
                answer(store, base + 200 + p, clinic, patient, "1m", oneMonth, treatedOn.plusMonths(1));
            }
            if (p <= 3) {
                answer(store, base + 300 + p, clinic, patient, "3m", 2, treatedOn.plusMonths(3));
            }
        }
        return new Made(clinic, researcher, clinician, treatedOn);
    }

    private static void answer(RegistryStore store, long id, ClinicId clinic, PatientId patient, String timePoint,
            int value, LocalDate on) {
        store.saveResponse(InMemoryRegistry.nrs(id, clinic, patient, timePoint, value, on,
                on.atTime(LocalTime.NOON).atZone(ZONE).toInstant()));
    }
}
