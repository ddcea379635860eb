package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.Measurements;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

/**
 * Safe Harbor: no identifier survives the research export. Over generated clinics whose patients carry an identifier
 * in every field the registry can reach (names, record number, e-mail, phone, full ZIP code, date of birth, every
 * record id, the product identifier, and free text in the chain of custody: notes, device, kit lot, location and
 * staff names), the exported CSV, its dictionary and the FHIR NDJSON, with dates cut to the year or shifted, contain
 * none of them. With dates cut to the year they contain no full date at all; shifted dates may by chance fall on
 * some other real date, so the days treated and answered are checked only there (the shift is tested on its own).
 * Each planted value is chosen so that no figure the export keeps could spell it by chance: ids have 12 digits and
 * cell counts at most 10; a ZIP code ends in two non-zero digits and cell counts in zeros; text identifiers hold a
 * character no kept value holds.
 */
class SafeHarborExportPropertyTests {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final List<String> PREFIXES = List.of("036", "059", "100", "123", "606", "893", "945", "021");

    @Test
    void noPlantedIdentifierSurvivesAnyFormatOrDateRule() {
        qt().withExamples(150).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, size) -> {
            Random random = new Random(seed);
            List<String> identifiers = new ArrayList<>();
            List<String> days = new ArrayList<>();
            List<ResearchDataset.Source> sources = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                sources.add(patient(random, identifiers, days));
            }
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            for (ResearchDataset.Dates dates : ResearchDataset.Dates.values()) {
                List<ResearchDataset.Subject> subjects = ResearchDataset.of(sources, dates, secret, ZONE,
                        new Random(seed));
                StringWriter out = new StringWriter();
                new ResearchCsv(out).write(subjects);
                new ResearchCsv(out).dictionary();
                new ResearchNdjson(out).write(subjects, dates);
                String exported = out.toString();
                for (String identifier : identifiers) {
                    assertThat(exported).as("%s export", dates).doesNotContain(identifier);
                }
                if (dates == ResearchDataset.Dates.YEAR) {
                    assertThat(exported).as("no full date when cut to the year")
                            .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
                    days.forEach(day -> assertThat(exported).doesNotContain(day));
                }
                assertThat(subjects).hasSize(size);
            }
        });
    }

    private static ResearchDataset.Source patient(Random random, List<String> identifiers, List<String> days) {
        ClinicId clinic = ClinicId.of(id(random, identifiers));
        PatientId patientId = PatientId.of(id(random, identifiers));
        String given = plant(identifiers, "Gv" + word(random, 8));
        String family = plant(identifiers, "Fm" + word(random, 8));
        String mrn = plant(identifiers, "MRN-" + word(random, 4).toUpperCase() + random.nextInt(10));
        String email = plant(identifiers, given.toLowerCase() + "." + family.toLowerCase() + "@mail.example");
        String digits = "555" + (1_000_000 + random.nextInt(9_000_000));
        plant(identifiers, digits);
        String phone = plant(identifiers, "+1 (555) " + digits.substring(3, 6) + "-" + digits.substring(6));
        String zip = plant(identifiers, PREFIXES.get(random.nextInt(PREFIXES.size()))
                + random.nextInt(10) + (1 + random.nextInt(9)) + (1 + random.nextInt(9)));
        LocalDate born = LocalDate.of(1925 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28));
        plant(identifiers, born.toString());
        plant(identifiers, born.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        plant(identifiers, born.format(DateTimeFormatter.BASIC_ISO_DATE));
        Instant registered = Instant.parse("2024-01-01T12:00:00Z").plusSeconds(random.nextInt(30_000_000));
        PatientView view = new PatientView(patientId, clinic, mrn, given, family, born,
                SexAtBirth.values()[random.nextInt(3)], email, phone, zip, registered, registered, 1);

        List<RegistryTreatment> treatments = new ArrayList<>();
        List<ProductView> products = new ArrayList<>();
        int procedures = 1 + random.nextInt(2);
        for (int t = 0; t < procedures; t++) {
            Instant at = registered.plus(Duration.ofDays(30 + random.nextInt(300)));
            days.add(at.atZone(ZONE).toLocalDate().toString());
            String productId = plant(identifiers, "PRD" + random.nextInt(10) + word(random, 6).toUpperCase());
            CellSource source = CellSource.values()[random.nextInt(CellSource.values().length)];
            ProductType type = ProductType.values()[random.nextInt(ProductType.values().length)];
            treatments.add(new RegistryTreatment(id(random, identifiers), clinic, patientId, id(random, identifiers),
                    productId, at, source, type, random.nextBoolean() ? "knee-oa" : null));
            products.add(product(random, identifiers, productId, patientId, at, source, type));
        }
        List<RegistryResponse> responses = new ArrayList<>();
        for (int r = random.nextInt(5); r > 0; r--) {
            LocalDate on = registered.atZone(ZONE).toLocalDate().plusDays(random.nextInt(700));
            days.add(on.toString());
            responses.add(new RegistryResponse(id(random, identifiers), clinic, patientId,
                    random.nextBoolean() ? "nrs-11" : "koos", List.of("baseline", "1m", "6m", "12m").get(
                            random.nextInt(4)), on, on.atStartOfDay(ZONE).toInstant(), random.nextBoolean(),
                    List.of(new RegistryResponse.Score("total",
                            BigDecimal.valueOf(random.nextInt(100_000), 3), random.nextInt(40), 4))));
        }
        return new ResearchDataset.Source(view, treatments, products, responses);
    }

    private static ProductView product(Random random, List<String> identifiers, String productId, PatientId patient,
            Instant at, CellSource source, ProductType type) {
        StaffMember staff = new StaffMember(UserId.of(id(random, identifiers)),
                plant(identifiers, "Staff" + word(random, 7)));
        String location = plant(identifiers, "room-" + word(random, 6));
        String device = plant(identifiers, "device-" + word(random, 6));
        String kitLot = plant(identifiers, "lot-" + word(random, 6));
        String notes = plant(identifiers, "Patient said " + word(random, 9) + " at home");
        Measurements qc = new Measurements(BigDecimal.valueOf(5 + random.nextInt(200), 1),
                (100L + random.nextInt(900)) * 10_000_000L, BigDecimal.valueOf(700 + random.nextInt(300), 1),
                random.nextBoolean() ? (1L + random.nextInt(9)) * 1_000_000L : null,
                random.nextBoolean() ? (1L + random.nextInt(9)) * 100L : null);
        Instant collected = at.minus(Duration.ofHours(3));
        List<CustodyEvent> events = List.of(
                new CustodyEvent(1, CustodyStep.COLLECTED, ProductState.COLLECTED, staff, null, collected, location,
                        device, kitLot, Measurements.none(), Duration.ZERO, notes, null, null, collected),
                new CustodyEvent(2, CustodyStep.QC_RECORDED, ProductState.PROCESSING, staff, null,
                        collected.plusSeconds(3600), location, device, kitLot, qc, Duration.ofHours(1), notes, null,
                        null, collected.plusSeconds(3600)));
        return new ProductView(productId, "regenpath", patient, id(random, identifiers), 1, null, type, source,
                ProductState.PROCESSING, collected, collected.plus(Duration.ofDays(2)), 1, events, ZONE);
    }

    /** A record id of 12 digits: no figure the export keeps has as many. */
    private static long id(Random random, List<String> identifiers) {
        long id = 100_000_000_000L + (long) (random.nextDouble() * 899_999_999_999L);
        identifiers.add(Long.toString(id));
        return id;
    }

    private static String plant(List<String> identifiers, String value) {
        identifiers.add(value);
        return value;
    }

    private static String word(Random random, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return w.toString();
    }
}
