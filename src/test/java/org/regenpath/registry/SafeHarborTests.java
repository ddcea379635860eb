package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Safe Harbor rules at their edges (45 CFR 164.514(b)(2)(i)(B) and (C)): 89 is an age, 90 is "90 or older";
 * a restricted three-digit ZIP area becomes 000 and the list is the HHS guidance's seventeen; a shifted patient's
 * dates all move by one non-zero offset that only the secret gives. And the formats: the CSV's header is its
 * dictionary, every NDJSON line is a FHIR resource with a type and id.
 */
class SafeHarborTests {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final ClinicId CLINIC = ClinicId.of(1);

    @Test
    void agesUpTo89AreYearsAndFrom90AreGrouped() {
        LocalDate born = LocalDate.of(1935, 6, 15);
        assertThat(SafeHarbor.age(born, LocalDate.of(2025, 6, 14))).isEqualTo("89");
        assertThat(SafeHarbor.age(born, LocalDate.of(2025, 6, 15))).isEqualTo("90 or older");
        assertThat(SafeHarbor.age(born, LocalDate.of(2031, 1, 1))).isEqualTo("90 or older");
        assertThat(SafeHarbor.age(LocalDate.of(1980, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo("45");
    }

    @Test
    void zipCodesKeepThreeDigitsExceptTheRestrictedAreas() {
        assertThat(SafeHarbor.zip3("03601")).isEqualTo("000");
        assertThat(SafeHarbor.zip3("89301-1234")).isEqualTo("000");
        assertThat(SafeHarbor.zip3(" 10001 ")).isEqualTo("100");
        assertThat(SafeHarbor.zip3("123456789")).isEqualTo("123");
        assertThat(SafeHarbor.zip3("K1A 0B1")).as("not a US ZIP code: dropped").isNull();
        assertThat(SafeHarbor.zip3("1234")).isNull();
        assertThat(SafeHarbor.zip3(null)).isNull();
    }

    @Test
    void theRestrictedAreasAreTheSeventeenOfTheHhsGuidance() {
        assertThat(SafeHarbor.restrictedZip3()).containsExactlyInAnyOrder("036", "059", "063", "102", "203", "556",
                "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893");
    }

    @Test
    void aShiftIsNonZeroBoundedTheSameForAPatientAndDependsOnTheSecret() {
        byte[] secret = new byte[32];
        new Random(7).nextBytes(secret);
        byte[] other = Arrays.copyOf(secret, 32);
        other[0] ^= 1;
        int differ = 0;
        for (long id = 1; id <= 2000; id++) {
            int shift = SafeHarbor.shiftDays(secret, PatientId.of(id));
            assertThat(shift).isNotZero().isBetween(-SafeHarbor.MAX_SHIFT_DAYS, SafeHarbor.MAX_SHIFT_DAYS);
            assertThat(SafeHarbor.shiftDays(secret, PatientId.of(id))).isEqualTo(shift);
            differ += SafeHarbor.shiftDays(other, PatientId.of(id)) != shift ? 1 : 0;
        }
        assertThat(differ).as("another secret gives other shifts").isGreaterThan(1900);
        List<Integer> shifts = IntStream.rangeClosed(1, 2000)
                .mapToObj(i -> SafeHarbor.shiftDays(secret, PatientId.of(i))).toList();
        assertThat(shifts).contains(-SafeHarbor.MAX_SHIFT_DAYS, -1, 1, SafeHarbor.MAX_SHIFT_DAYS);
    }

    @Test
    void shiftedDatesKeepEachPatientsIntervalsAndYearsAreJustYears() {
        Instant treated = Instant.parse("2025-03-10T15:00:00Z");
        LocalDate answered = LocalDate.of(2025, 9, 12);
        ResearchDataset.Source source = source(PatientId.of(42), LocalDate.of(1934, 1, 2), "03601", treated,
                List.of(response(1, answered)));
        byte[] secret = new byte[32];
        new Random(3).nextBytes(secret);

        ResearchDataset.Subject shifted = ResearchDataset.of(List.of(source), ResearchDataset.Dates.SHIFTED, secret,
                ZONE, new Random(1)).get(0);
        int shift = SafeHarbor.shiftDays(secret, PatientId.of(42));
        assertThat(LocalDate.parse(shifted.treated())).isEqualTo(LocalDate.of(2025, 3, 10).plusDays(shift));
        assertThat(ChronoUnit.DAYS.between(LocalDate.parse(shifted.treated()),
                LocalDate.parse(shifted.answers().get(0).answered())))
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2025, 3, 10), answered));

        ResearchDataset.Subject year = ResearchDataset.of(List.of(source), ResearchDataset.Dates.YEAR, secret, ZONE,
                new Random(1)).get(0);
        assertThat(year.treated()).isEqualTo("2025");
        assertThat(year.answers().get(0).answered()).isEqualTo("2025");
        assertThat(year.age()).isEqualTo("90 or older");
        assertThat(year.zip3()).isEqualTo("000");
        assertThat(year.studyId()).matches("S-[BCDFGHJKLMNPQRSTVWXZ]{8}");
    }

    @Test
    void theCsvHeaderIsItsDictionaryAndAPatientWithoutAnswersHasOneRow() {
        ResearchDataset.Source answered = source(PatientId.of(1), LocalDate.of(1960, 5, 5), "10001",
                Instant.parse("2025-01-10T15:00:00Z"), List.of(response(1, LocalDate.of(2025, 2, 10)),
                        response(2, LocalDate.of(2025, 4, 10))));
        ResearchDataset.Source silent = source(PatientId.of(2), LocalDate.of(1970, 5, 5), null,
                Instant.parse("2025-01-11T15:00:00Z"), List.of());
        List<ResearchDataset.Subject> subjects = ResearchDataset.of(List.of(answered, silent),
                ResearchDataset.Dates.YEAR, new byte[0], ZONE, new Random(5));
        StringWriter out = new StringWriter();
        int rows = new ResearchCsv(out).write(subjects);

        List<String> lines = out.toString().lines().toList();
        assertThat(rows).isEqualTo(3);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(
                ResearchCsv.DICTIONARY.stream().map(ResearchCsv.Column::name).toList());
        assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l.split(",", -1))
                .hasSize(ResearchCsv.DICTIONARY.size()));
        assertThat(lines).filteredOn(l -> l.contains(",64,male,100,knee-oa,")).hasSize(2)
                .allSatisfy(l -> assertThat(l).endsWith(",nrs-11,1m,2025,false,total,6"));
        assertThat(lines).filteredOn(l -> l.contains(",54,male,,knee-oa,")).singleElement()
                .satisfies(l -> assertThat(l).endsWith(",2025,1,,,,,,,,,,,"));
        StringWriter dictionary = new StringWriter();
        new ResearchCsv(dictionary).dictionary();
        assertThat(dictionary.toString().lines()).hasSize(ResearchCsv.DICTIONARY.size() + 1);
    }

    @Test
    void everyNdjsonLineIsAFhirResourceWithATypeAndAnId() {
        ResearchDataset.Source source = source(PatientId.of(1), LocalDate.of(1960, 5, 5), "10001",
                Instant.parse("2025-01-10T15:00:00Z"), List.of(response(1, LocalDate.of(2025, 2, 10))));
        List<ResearchDataset.Subject> subjects = ResearchDataset.of(List.of(source), ResearchDataset.Dates.YEAR,
                new byte[0], ZONE, new Random(5));
        StringWriter out = new StringWriter();
        ResearchNdjson.Counts counts = new ResearchNdjson(out).write(subjects, ResearchDataset.Dates.YEAR);

        assertThat(counts).isEqualTo(new ResearchNdjson.Counts(1, 1, 1));
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> resources = out.toString().lines().map(json::readTree).toList();
        assertThat(resources).hasSize(3).allSatisfy(r -> {
            assertThat(r.path("resourceType").asString()).isIn("Patient", "Procedure", "Observation");
            assertThat(r.path("id").asString()).matches("[A-Za-z0-9\\-.]{1,64}");
        });
        JsonNode patient = resources.get(0);
        assertThat(patient.has("birthDate")).isFalse();
        assertThat(patient.has("name")).isFalse();
        assertThat(patient.path("address").get(0).path("postalCode").asString()).isEqualTo("100");
        assertThat(resources.get(1).path("performedDateTime").asString()).isEqualTo("2025");
        assertThat(resources.get(2).path("subject").path("reference").asString())
                .isEqualTo("Patient/" + patient.path("id").asString());
        assertThat(resources.get(2).path("valueQuantity").path("value").decimalValue()).isEqualByComparingTo("6");
    }

    private static ResearchDataset.Source source(PatientId id, LocalDate born, String zip, Instant treated,
            List<RegistryResponse> responses) {
        PatientView p = new PatientView(id, CLINIC, "MRN1", "Ann", "Smith", born, SexAtBirth.M, "a@b.example",
                "555", zip, treated, treated, 1);
        RegistryTreatment t = new RegistryTreatment(id.value() * 10, CLINIC, id, 5, "P" + id.value(), treated,
                CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE, "knee-oa");
        return new ResearchDataset.Source(p, List.of(t), List.of(),
                responses.stream().map(r -> new RegistryResponse(r.responseId(), CLINIC, id, r.instrumentId(),
                        r.timePointId(), r.answeredOn(), r.submittedAt(), r.late(), r.scores())).toList());
    }

    private static RegistryResponse response(long id, LocalDate on) {
        return new RegistryResponse(id, CLINIC, PatientId.of(0), "nrs-11", "1m", on, on.atStartOfDay(ZONE)
                .toInstant(), false, List.of(new RegistryResponse.Score("total", new BigDecimal("6.000"), 6, 1)));
    }
}
