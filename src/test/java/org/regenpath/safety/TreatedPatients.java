package org.regenpath.safety;

import java.time.LocalDate;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.followup.ProblemReports;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.intake.Outcome;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.IrbApproval;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** Safety tests' fixture: a patient treated today (product injected, procedure recorded) and their reports. */
abstract class TreatedPatients extends WebIT {

    @Autowired
    ClinicProductSettings settings;

    @Autowired
    ProblemReports problems;

    record Treated(PatientId patient, String product, long procedure) {}

    /** An ELIGIBLE patient whose marrow concentrate was injected today, with the procedure recorded. */
    Treated treated() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(LAB), DEMO_PASSWORD))
                .patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan(LocalDate.now().plusDays(1))
                .consented().approved().collected().processed().tested().released().administered()
                .procedureRecorded();
        return new Treated(path.patientId(), path.product().productId(), path.procedure().id());
    }

    /**
     * An ELIGIBLE patient of the demo clinic whose marrow concentrate, processed with this kit lot and device (and
     * collected with no device recorded), was injected today, with the procedure recorded.
     */
    Treated treated(String kitLot, String device) {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(LAB), DEMO_PASSWORD))
                .patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan(LocalDate.now().plusDays(1))
                .consented().approved().collected().processed(PatientPath.BENCH, device, kitLot).tested().released()
                .administered().procedureRecorded();
        return new Treated(path.patientId(), path.product().productId(), path.procedure().id());
    }

    /**
     * An ELIGIBLE patient whose marrow concentrate, more than minimally manipulated (so regulated as a biological
     * product, 21 CFR 1271.20), was injected today under an IND, with the procedure recorded.
     */
    Treated treatedUnderInd() {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(LAB), DEMO_PASSWORD))
                .patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan(manipulatedMarrowPlan(clinicToday()))
                .consented().approved(indRecord(clinicToday()))
                .collected().processed().tested().released().administered().procedureRecorded();
        return new Treated(path.patientId(), path.product().productId(), path.procedure().id());
    }

    /**
     * An ELIGIBLE patient whose micro-fragmented fat, minimally manipulated, for homologous use and not in the same
     * surgical procedure (a 361 HCT/P, 21 CFR 1271.10(a)), was injected today under the clinic's establishment
     * registration, with the procedure recorded.
     */
    Treated treatedWith361Product() {
        settings.save(actor(ADMIN), ProductType.MICROFRAGMENTED_ADIPOSE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        Actor clinician = actor(CLINICIAN);
        PatientPath path = paths.path(new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, null,
                        actor(LAB), DEMO_PASSWORD))
                .patient(uniqueMrn()).screened().decided(Outcome.ELIGIBLE).plan(microfragmentedFatPlan(clinicToday()))
                .consented().approved(new RegulatoryRecord(null, null, null, "FEI 3001234567", null))
                .collected().processed().tested().released().administered().procedureRecorded();
        return new Treated(path.patientId(), path.product().productId(), path.procedure().id());
    }

    /**
     * {@link TreatmentPaths#marrowPlan} to the left knee on the day after {@code today}, but of autologous
     * micro-fragmented fat, minimally manipulated, for homologous use, harvested apart from the injection: a 361
     * HCT/P (21 CFR 1271.10(a); the planning classifier's own fixture for this pathway).
     */
    static PlanInput microfragmentedFatPlan(LocalDate today) {
        PlanInput marrow = TreatmentPaths.marrowPlan(TreatmentPaths.leftKnee(), today.plusDays(1));
        PlanInput.PathwayInput p = marrow.pathway();
        return new PlanInput(null, marrow.sites(), new PlanInput.PathwayInput(CellSource.AUTOLOGOUS_ADIPOSE,
                ProductType.MICROFRAGMENTED_ADIPOSE, Manipulation.MINIMAL, IntendedUse.HOMOLOGOUS, false, false, null,
                true, null, null, p.siteRegions()), "Micro-fragmentation per lab SOP LAB-009",
                marrow.processingDevice(), marrow.imageGuidance(), marrow.rehabilitationProtocol(),
                marrow.followUpTemplateId(), marrow.plannedHarvestDate(), marrow.plannedProcedureDate(), marrow.cost());
    }

    /**
     * {@link TreatmentPaths#marrowPlan} to the left knee on the day after {@code today}, but more than minimally
     * manipulated: regulated as a biological product (21 CFR 1271.20), so its approval needs an IND.
     */
    static PlanInput manipulatedMarrowPlan(LocalDate today) {
        PlanInput marrow = TreatmentPaths.marrowPlan(TreatmentPaths.leftKnee(), today.plusDays(1));
        PlanInput.PathwayInput p = marrow.pathway();
        return new PlanInput(null, marrow.sites(), new PlanInput.PathwayInput(p.cellSource(), p.productType(),
                Manipulation.MORE_THAN_MINIMAL, p.use(), p.sameSurgicalProcedure(), p.remainsSuchHctp(),
                p.combinedWithAnotherArticle(), p.systemicOrLivingCellFunction(), p.bloodRelativeDonor(),
                p.homologousUseJustification(), p.siteRegions()), marrow.processingMethod(),
                marrow.processingDevice(), marrow.imageGuidance(), marrow.rehabilitationProtocol(),
                marrow.followUpTemplateId(), marrow.plannedHarvestDate(), marrow.plannedProcedureDate(), marrow.cost());
    }

    /** A test IND (number 012345) and its IRB approval a month before {@code today}. */
    static RegulatoryRecord indRecord(LocalDate today) {
        return new RegulatoryRecord("012345", new IrbApproval("Test review board", "IRB-TEST-1",
                today.minusDays(30)), null);
    }

    /** A problem the coordinator entered from a call; returns the report's id. */
    long reported(PatientId patient, String what) {
        return problems.report(actor(COORDINATOR), patient, new ProblemReports.ProblemInput(what, clinicToday(),
                ProblemSeverity.MODERATE)).id();
    }

    /** The open triage item of a report, once the listener has put it there (it runs after the commit). */
    long triageItemOf(long reportId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from safety_triage_item where source = 'PROBLEM_REPORT' and source_id = :r")
                .param("r", reportId).query(Long.class).single() == 1);
        return jdbc.sql("select id from safety_triage_item where source = 'PROBLEM_REPORT' and source_id = :r")
                .param("r", reportId).query(Long.class).single();
    }

    /** A clinician's JSON event: grade 2 swelling, serious (important medical event), possibly related. */
    static String seriousGrade2(long procedure, String onset) {
        return """
                {"procedureId": %d, "term": "injection-site-swelling", "description": "Knee swollen and hot",
                 "onsetDate": "%s", "grade": 2, "seriousness": ["IMPORTANT_MEDICAL_EVENT"],
                 "harvestRelatedness": "UNLIKELY", "injectionRelatedness": "POSSIBLE",
                 "productRelatedness": "POSSIBLE", "expected": false, "actionTaken": "Aspirated",
                 "detection": "PATIENT_PORTAL"}""".formatted(procedure, onset);
    }

    long events(PatientId patient) {
        return jdbc.sql("select count(*) from safety_adverse_event_version v join safety_adverse_event e"
                        + " on e.id = v.event_id where e.patient_id = :p").param("p", patient.value())
                .query(Long.class).single();
    }
}
