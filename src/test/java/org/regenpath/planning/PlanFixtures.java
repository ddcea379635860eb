package org.regenpath.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

/** Builders for planning tests; everything goes through the domain constructors. */
final class PlanFixtures {

    static final PatientId PATIENT = PatientId.of(41);
    static final StaffMember DR_OKAFOR = new StaffMember(UserId.of(7), "Dr Ada Okafor");
    static final StaffMember DR_LINDQVIST = new StaffMember(UserId.of(8), "Dr Erik Lindqvist");
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate HARVEST_DAY = LocalDate.of(2026, 12, 7);
    static final RegulatoryClassifier CLASSIFIER = RegulatoryClassifierTests.CLASSIFIER;

    private PlanFixtures() {
    }

    static PlannedSite leftKnee() {
        return new PlannedSite(new InjectionSite("knee joint", Laterality.LEFT), new BigDecimal("4.0"), null);
    }

    /**
     * Bone marrow concentrate to the left knee, minimally manipulated, declared homologous: not an HCT/P under
     * 21 CFR 1271.3(d)(4), with the open question (is marrow into an arthritic joint homologous?) shown.
     */
    static PlanDetails marrowToLeftKnee() {
        return details(PathwayFacts.of(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL));
    }

    /**
     * Bone marrow concentrate to the left Achilles tendon in the same procedure, centrifuged only: FDA's position
     * makes the use non-homologous, so the same surgical procedure exception (1271.15(b)) applies.
     */
    static PlanDetails marrowToLeftAchilles() {
        return details(PathwayFacts.of(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                null).withManipulation(Manipulation.MINIMAL).withSameSurgicalProcedure(true)
                .withRemainsSuchHctp(true), site("Achilles tendon"), HARVEST_DAY, HARVEST_DAY);
    }

    /** Platelet-rich plasma to the left knee: a blood component, not an HCT/P (1271.3(d)(2)). */
    static PlanDetails prpToLeftKnee() {
        return details(PathwayFacts.of(CellSource.AUTOLOGOUS_PERIPHERAL_BLOOD, ProductType.PLATELET_RICH_PLASMA,
                null));
    }

    /**
     * Donor amniotic membrane over a wound, its homologous use, minimally manipulated, no living-cell function:
     * a 361 HCT/P, which needs the FDA registration and a donor eligibility determination on record.
     */
    static PlanDetails amnioticMembraneOnWound() {
        return details(PathwayFacts.of(CellSource.ALLOGENEIC_PLACENTAL, ProductType.AMNIOTIC_MEMBRANE,
                IntendedUse.HOMOLOGOUS).withManipulation(Manipulation.MINIMAL)
                .withSystemicOrLivingCellFunction(false), site("skin wound of the lower leg"), null, HARVEST_DAY);
    }

    static PlannedSite site(String region) {
        return new PlannedSite(new InjectionSite(region, Laterality.LEFT), new BigDecimal("3.0"), null);
    }

    /** Culture-expanded MSCs: always a 351 product. */
    static PlanDetails culturedCells() {
        return details(PathwayFacts.of(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.CULTURE_EXPANDED_MSC,
                IntendedUse.NON_HOMOLOGOUS), HARVEST_DAY, HARVEST_DAY.plusDays(28));
    }

    static PlanDetails ipscProduct() {
        return details(PathwayFacts.of(CellSource.OTHER, ProductType.IPSC_DERIVED, IntendedUse.NON_HOMOLOGOUS),
                null, HARVEST_DAY.plusDays(60));
    }

    static PlanDetails details(PathwayFacts facts) {
        return details(facts, HARVEST_DAY, HARVEST_DAY);
    }

    static PlanDetails details(PathwayFacts facts, LocalDate harvest, LocalDate procedure) {
        return details(facts, leftKnee(), harvest, procedure);
    }

    static PlanDetails details(PathwayFacts facts, PlannedSite site, LocalDate harvest, LocalDate procedure) {
        return new PlanDetails(3, List.of(site), facts, "BMC per lab SOP LAB-004", "Centrifuge system X",
                ImageGuidance.ULTRASOUND, "Knee OA protocol: partial weight bearing for 48 hours",
                "default", harvest, procedure, cost());
    }

    /** A price, labelled as a test value. */
    static PlanCost cost() {
        return new PlanCost(new BigDecimal("4800"), "USD", "test value");
    }

    /** A valid consent to the given version, as {@link PlanConsents} would report it. */
    static ConsentCheck consented(int version) {
        return new ConsentCheck(version, ConsentStatus.VALID, "Signed by the patient and countersigned.", 1L);
    }

    static RegulatoryRecord indAndIrb() {
        return new RegulatoryRecord("IND 012345", new IrbApproval("Example University IRB", "IRB-2026-118",
                LocalDate.of(2026, 10, 1)), null);
    }
}
