package org.regenpath.product;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentStatus;
import org.regenpath.planning.ConsentWithdrawal;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

/**
 * Builders for product tests; everything goes through the domain's own commands. The QC numbers and shelf life
 * here are test values chosen to exercise the rules, not recommendations.
 */
final class ProductFixtures {

    /** The clinic where the tests' patients are treated, whose wristbands the bedside reads. */
    static final ClinicId HERE = ClinicId.of(1);
    static final PatientId ANN = PatientId.of(101);
    static final PatientId BEN = PatientId.of(102);
    static final StaffMember TECH_RIA = new StaffMember(UserId.of(21), "Ria Patel (lab)");
    static final StaffMember TECH_SAM = new StaffMember(UserId.of(22), "Sam Cole (lab)");
    static final StaffMember DR_OKAFOR = new StaffMember(UserId.of(7), "Dr Ada Okafor");
    static final StaffMember NURSE_LI = new StaffMember(UserId.of(31), "Li Wei (nurse)");
    /** The product's clinic's time zone: messages show times in it. */
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant HARVEST = Instant.parse("2026-12-07T08:00:00Z");
    static final Duration TEST_SHELF_LIFE = Duration.ofHours(6);
    static final InjectionSite LEFT_KNEE = new InjectionSite("knee joint", Laterality.LEFT);
    static final InjectionSite RIGHT_KNEE = new InjectionSite("knee joint", Laterality.RIGHT);
    /** The patient's consent to version 1 of plan 1, signed and countersigned, not withdrawn. */
    static final ConsentInForce CONSENTED = new ConsentInForce(1, 1, ConsentStatus.VALID, null,
            "Signed by the patient and countersigned by Dr Ada Okafor.");
    /** The volume each test plan authorises at each of its sites, and the volume the fixtures inject. */
    static final BigDecimal PLANNED_ML = new BigDecimal("4.0");
    /** Version 1 of plan 1: the left knee, 4 mL, nothing given yet, consent in force. */
    static final TreatmentOrder LEFT_KNEE_PLAN = plan(CONSENTED, LEFT_KNEE);

    /** Test criteria: viability at least 70 %, at least 1,000,000 TNC, at most 4 hours outside the body. */
    static final QcCriteria TEST_CRITERIA = new QcCriteria(new BigDecimal("70"), 1_000_000L, null,
            Duration.ofHours(4));
    static final ProductSettings SETTINGS = ProductSettings.of(List.of(new ProductTypeSettings(
            ProductType.BONE_MARROW_CONCENTRATE, TEST_SHELF_LIFE, TEST_CRITERIA, "Test values, not a standard")));
    static final Measurements GOOD_QC = new Measurements(new BigDecimal("8.0"), 2_500_000L, new BigDecimal("92.5"),
            null, null);

    /** What the patient's wristband barcode carries at {@link #HERE}. */
    static String wristband(PatientId patient) {
        return Wristbands.code(HERE, patient);
    }

    private static final RegenpathIdScheme IDS = new RegenpathIdScheme(new SplittableRandom(7));

    private ProductFixtures() {
    }

    /** The patient's consent to version 1 of plan 1, withdrawn at that moment for that reason. */
    static ConsentInForce withdrawnConsent(Instant at, String reason) {
        return new ConsentInForce(1, 1, ConsentStatus.WITHDRAWN, new ConsentWithdrawal(reason,
                new StaffMember(UserId.of(41), "Coordinator Bo"), at), "The patient withdrew consent to version 1.");
    }

    /** The approved plan's sites with the patient's consent in force. */
    static TreatmentOrder consentedPlan(Set<InjectionSite> sites) {
        return plan(CONSENTED, sites.toArray(InjectionSite[]::new));
    }

    /**
     * Version 1 of a plan listing the sites, {@link #PLANNED_ML} each, nothing given under it yet; no sites means no
     * approved version.
     */
    static TreatmentOrder plan(ConsentInForce consent, InjectionSite... sites) {
        return new TreatmentOrder(sites.length == 0 ? null : 1, Arrays.stream(sites)
                .map(s -> new PlannedSite(s, PLANNED_ML, null)).toList(), List.of(), consent);
    }

    static StepDetails step(StaffMember by, Instant at) {
        return StepDetails.by(by, at, ZONE, "Procedure room 2");
    }

    static Instant minutes(long m) {
        return HARVEST.plus(Duration.ofMinutes(m));
    }

    static CellProduct collected(PatientId patient) {
        return CellProduct.collect(IDS.next(), patient, ProductType.BONE_MARROW_CONCENTRATE,
                CellSource.AUTOLOGOUS_BONE_MARROW, SETTINGS, step(DR_OKAFOR, HARVEST)
                        .withDevice("Aspiration needle 11G", "ASP-2291")
                        .withMeasurements(new Measurements(new BigDecimal("60"), null, null, null, null)));
    }

    static CellProduct processedWithGoodQc(PatientId patient) {
        CellProduct p = collected(patient);
        p.startProcessing(step(TECH_RIA, minutes(10)).withDevice("Centrifuge C-1", "KIT-7781"));
        p.recordQc(step(TECH_RIA, minutes(40)).withMeasurements(GOOD_QC));
        return p;
    }

    static CellProduct released(PatientId patient) {
        CellProduct p = processedWithGoodQc(patient);
        p.release(step(TECH_SAM, minutes(45)), SETTINGS);
        return p;
    }

    static Administration administration(PatientId patient, InjectionSite site, StaffMember verifier, Instant at) {
        return new Administration(patient, site, verifier, step(DR_OKAFOR, at)
                .withMeasurements(new Measurements(PLANNED_ML, null, null, null, null)));
    }
}
