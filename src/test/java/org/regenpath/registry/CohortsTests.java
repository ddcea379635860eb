package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/** The read model's rows become the cohort the responder rates count. */
class CohortsTests {

    private static final Instrument NRS = InstrumentCatalog.load().instrument("nrs-11");
    private static final ClinicId CLINIC = ClinicId.of(1);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static RegistryTreatment treated(long id, long patient, String at, CellSource source) {
        return new RegistryTreatment(id, CLINIC, PatientId.of(patient), 10 + id, "P" + id, Instant.parse(at), source,
                ProductType.BONE_MARROW_CONCENTRATE, "knee-oa");
    }

    private static RegistryResponse nrs(long id, long patient, String timePoint, int value, LocalDate on) {
        return InMemoryRegistry.nrs(id, CLINIC, PatientId.of(patient), timePoint, value, on,
                on.atStartOfDay(NEW_YORK).toInstant());
    }

    @Test
    void aPatientEntersWithTheirFirstMatchingProcedureOnTheClinicsDay() {
        List<RegistryTreatment> treatments = List.of(
                // 02:30 UTC on 2 March is still 1 March in New York.
                treated(1, 1, "2026-03-02T02:30:00Z", CellSource.AUTOLOGOUS_BONE_MARROW),
                treated(2, 1, "2026-06-01T15:00:00Z", CellSource.AUTOLOGOUS_BONE_MARROW),
                treated(3, 2, "2026-03-05T15:00:00Z", CellSource.AUTOLOGOUS_ADIPOSE));
        List<ResponderRates.Patient> cohort = Cohorts.patients(treatments, List.of(),
                t -> t.cellSource() == CellSource.AUTOLOGOUS_BONE_MARROW, NEW_YORK, NRS, NRS);
        assertThat(cohort).singleElement().satisfies(p -> {
            assertThat(p.patientId()).isEqualTo(PatientId.of(1));
            assertThat(p.treatedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        });
    }

    @Test
    void scoresAreByTimePointAndTheFirstAnswerCounts() {
        List<RegistryTreatment> treatments = List.of(treated(1, 1, "2026-03-02T15:00:00Z",
                CellSource.AUTOLOGOUS_BONE_MARROW));
        List<RegistryResponse> responses = List.of(
                nrs(11, 1, "baseline", 8, LocalDate.of(2026, 2, 20)),
                nrs(13, 1, "1m", 5, LocalDate.of(2026, 4, 10)),
                nrs(12, 1, "1m", 4, LocalDate.of(2026, 4, 2)),
                nrs(14, 2, "1m", 1, LocalDate.of(2026, 4, 2)));
        ResponderRates.Patient p = Cohorts.patients(treatments, responses, t -> true, NEW_YORK, NRS, NRS).get(0);
        assertThat(p.pain()).containsOnlyKeys("baseline", "1m");
        assertThat(p.pain().get("baseline").decimal()).isEqualByComparingTo("8");
        assertThat(p.pain().get("1m").decimal()).as("answered 2 April, before the entry of 10 April")
                .isEqualByComparingTo("4");
        assertThat(p.primary()).isEqualTo(p.pain());
    }
}
