package org.regenpath.trace;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.procedure.ProcedureInput;
import org.regenpath.procedure.Procedures;
import org.regenpath.product.AdministrationInput;
import org.regenpath.product.Bedside;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.Measurements;
import org.regenpath.product.Wristbands;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.context.ApplicationContext;

/**
 * Builds traced products through the modules' own APIs: a patient with an approved plan whose product was collected
 * with one device and processed with a kit lot, and, when asked, released, injected and its procedure recorded.
 * The QC numbers are test values, not clinical guidance.
 */
record TraceFixtures(PatientRegistry registry, PainProfiles profiles, CandidacyScreening screening,
        TreatmentPlans plans, PlanConsents consents, ChainOfCustody custody, ClinicProductSettings settings,
        Bedside bedside, Procedures procedures) {

    /** One clinic's staff, as the services see them. */
    record Staff(Actor admin, Actor clinician, Actor lab, String labEmail, String password) {}

    /** A patient with an approved bone marrow plan. */
    record Planned(PatientId id, long plan) {}

    static final String COLLECTION_DEVICE = "Aspiration needle 11G";

    /** The fixtures over the running application's module APIs. */
    static TraceFixtures of(ApplicationContext context) {
        return new TraceFixtures(context.getBean(PatientRegistry.class), context.getBean(PainProfiles.class),
                context.getBean(CandidacyScreening.class), context.getBean(TreatmentPlans.class),
                context.getBean(PlanConsents.class),
                context.getBean(ChainOfCustody.class), context.getBean(ClinicProductSettings.class),
                context.getBean(Bedside.class), context.getBean(Procedures.class));
    }

    /** A lot nobody else's test used, so runs on the same database never see each other's products. */
    static String uniqueLot() {
        return "LOT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An ELIGIBLE patient of the staff's clinic with an approved plan, the clinic's QC settings in place. */
    Planned patient(Staff staff, String mrn) {
        settings.save(staff.admin(), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                staff.clinician().clinicId(), mrn, Outcome.ELIGIBLE);
        return new Planned(c.patient(), ClinicalFixtures.approvedMarrowPlan(plans, consents, staff.clinician(), c));
    }

    /** Collects a product for the patient's plan and processes it with the device and kit lot. */
    String processed(Staff staff, Planned patient, String kitLot, String device) {
        String product = custody.collect(staff.lab(), patient.id(), new CollectInput(patient.plan(),
                "Procedure room 2", COLLECTION_DEVICE, null, null, null)).productId();
        custody.record(staff.lab(), product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B", device,
                kitLot, null, null));
        return product;
    }

    /** Takes a processed product through QC, release, the bedside check and the procedure record. */
    void injected(Staff staff, Planned planned, String product) {
        PatientId patient = planned.id();
        custody.record(staff.lab(), product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(staff.clinician(), product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B", null,
                null, null, null));
        if (!bedside.administer(staff.clinician(), product, new AdministrationInput(3L,
                Wristbands.code(staff.clinician().clinicId(), patient), product, "knee joint", Laterality.LEFT,
                staff.labEmail(), staff.password(), "Procedure room 2", new BigDecimal("4.0"), null)).administered()) {
            throw new IllegalStateException("The bedside check stopped the fixture's injection");
        }
        procedures.record(staff.clinician(), patient, new ProcedureInput(product, null, ImageGuidance.ULTRASOUND,
                List.of(new ProcedureInput.SiteInput("knee joint", Laterality.LEFT, new BigDecimal("4.0"), null)),
                "None", "Partial weight bearing for 48 hours"));
    }
}
