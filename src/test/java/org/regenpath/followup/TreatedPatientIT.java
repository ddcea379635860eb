package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
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
import org.regenpath.shared.Actor;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base for follow-up integration tests: takes a knee osteoarthritis patient of the demo clinic through the module
 * APIs from candidacy to an approved plan (the schedule's baseline appears) and, when asked, to a recorded
 * procedure (the follow-ups appear). Schedules are made by event listeners after commit, so the helpers wait.
 */
abstract class TreatedPatientIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @Autowired
    CandidacyScreening screening;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ChainOfCustody custody;

    @Autowired
    ClinicProductSettings settings;

    @Autowired
    Bedside bedside;

    @Autowired
    Procedures procedures;

    @Autowired
    FollowupSchedules schedules;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    @Autowired
    FollowupResponses responses;

    /** A patient with an approved plan, once its baseline schedule exists. */
    PatientId planned() {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c);
        awaitTasks(c.patient(), 4);
        return c.patient();
    }

    /** A planned patient (baseline due) with an active portal account; their address is returned by email(). */
    PatientId portalPatient() {
        PatientId p = planned();
        String email = "fu-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        jdbc.sql("update patient set email = :e where id = :id").param("e", email).param("id", p.value()).update();
        String link = PortalFixtures.invite(invitations, actor(COORDINATOR),
                new PortalFixtures.PortalPatient(p, "Testa", email));
        accounts.activate(link.substring(link.indexOf("token=") + "token=".length()), PortalFixtures.PASSWORD,
                PortalFixtures.PASSWORD, "127.0.0.1");
        return p;
    }

    String email(PatientId p) {
        return jdbc.sql("select email from patient where id = :id").param("id", p.value()).query(String.class)
                .single();
    }

    /** A patient treated today: plan approved, product administered, procedure recorded, follow-ups made. */
    PatientId treated() {
        return treat(planned());
    }

    /** Treats a planned patient today and waits for the follow-ups. */
    PatientId treat(PatientId patient) {
        settings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE, new ClinicProductSettings.SettingsInput(
                Duration.ofHours(8), new BigDecimal("70"), 100_000_000L, null, Duration.ofHours(6),
                "Test values only, not clinical guidance"));
        Actor lab = actor(LAB);
        Actor clinician = actor(CLINICIAN);
        long plan = plans.list(clinician, patient).get(0).id();
        String product = custody.collect(lab, patient, new CollectInput(plan, "Procedure room 2", null, null, null,
                null)).productId();
        custody.record(lab, product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(lab, product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(clinician, product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B", null, null,
                null, null));
        assertThat(bedside.administer(clinician, product, new AdministrationInput(3L,
                String.valueOf(patient.value()), product, "knee joint", Laterality.LEFT, LAB, DEMO_PASSWORD,
                "Procedure room 2", new BigDecimal("4.0"), null)).administered()).isTrue();
        procedures.record(clinician, patient, new ProcedureInput(product, null, org.regenpath.planning.ImageGuidance
                .ULTRASOUND, List.of(new ProcedureInput.SiteInput("knee joint", Laterality.LEFT,
                        new BigDecimal("4.0"), null)), "None", "Partial weight bearing for 48 hours"));
        await().atMost(Duration.ofSeconds(20)).until(() -> schedule(patient).procedureDate() != null
                && schedule(patient).activeTasks().size() > 4);
        return patient;
    }

    ScheduleView schedule(PatientId patient) {
        List<ScheduleView> all = schedules.schedules(actor(COORDINATOR), patient);
        return all.isEmpty() ? null : all.get(0);
    }

    void awaitTasks(PatientId patient, int atLeast) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ScheduleView s = schedule(patient);
            return s != null && s.activeTasks().size() >= atLeast;
        });
    }

    TaskView task(PatientId patient, String timePoint, String instrument) {
        return schedule(patient).tasks().stream()
                .filter(t -> t.timePointId().equals(timePoint) && t.instrumentId().equals(instrument)
                        && t.status() != TaskStatus.CANCELLED)
                .findFirst().orElseThrow();
    }
}
