package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regenpath.instrument.InstrumentCatalog;
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
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes a knee osteoarthritis patient of the demo clinic through the module APIs from candidacy to an approved plan
 * (the schedule's baseline appears) and, when asked, to a recorded procedure (the follow-ups appear); answers
 * questionnaires and moves task windows by SQL, as a coordinator would see them weeks later. Schedules are made by
 * event listeners after commit, so the helpers wait. Used by the MockMvc and the browser tests alike.
 */
final class TreatmentPath {

    static final String CLINICIAN = "clinician@demo-clinic.example";
    static final String COORDINATOR = "coordinator@demo-clinic.example";
    static final String ADMIN = "admin@demo-clinic.example";
    static final String LAB = "lab@demo-clinic.example";

    private final ApplicationContext beans;
    private final JdbcClient jdbc;
    private final String password;

    TreatmentPath(ApplicationContext beans, String password) {
        this.beans = beans;
        this.jdbc = beans.getBean(JdbcClient.class);
        this.password = password;
    }

    Actor actor(String email) {
        return jdbc.sql("select id, clinic_id, role from identity_user where email = :e").param("e", email)
                .query((rs, n) -> new Actor(new UserId(rs.getLong("id")), email, Role.valueOf(rs.getString("role")),
                        new ClinicId(rs.getLong("clinic_id")), null, null))
                .single();
    }

    /** A patient with an approved plan, once its baseline schedule exists. */
    PatientId planned(String familyName) {
        return planned(familyName, null, WebIT.clinicToday().plusDays(1));
    }

    /** A patient (with these names, where given) with a plan approved for a procedure on {@code day}. */
    PatientId planned(String familyName, String givenName, LocalDate day) {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(beans.getBean(PatientRegistry.class),
                beans.getBean(PainProfiles.class), beans.getBean(CandidacyScreening.class),
                actor(CLINICIAN).clinicId(), "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Outcome.ELIGIBLE);
        ClinicalFixtures.approvedMarrowPlan(beans.getBean(TreatmentPlans.class), beans.getBean(PlanConsents.class),
                actor(CLINICIAN), c, day);
        // Renamed after the consent, which the fixture patient signs with the registered name.
        if (familyName != null) {
            jdbc.sql("update patient set family_name = :f, given_name = coalesce(:g, given_name) where id = :id")
                    .param("f", familyName).param("g", givenName).param("id", c.patient().value()).update();
        }
        awaitTasks(c.patient(), 4);
        return c.patient();
    }

    /** Treats a planned patient today and waits for the follow-ups. */
    PatientId treat(PatientId patient) {
        String product = administer(patient);
        return recordProcedure(patient, product);
    }

    /** Records the procedure of a planned patient whose product was given today, and waits for the follow-ups. */
    PatientId recordProcedure(PatientId patient, String product) {
        beans.getBean(Procedures.class).record(actor(CLINICIAN), patient, new ProcedureInput(product, null,
                ImageGuidance.ULTRASOUND, List.of(new ProcedureInput.SiteInput("knee joint", Laterality.LEFT,
                        new BigDecimal("4.0"), null)), "None", "Partial weight bearing for 48 hours"));
        await().atMost(Duration.ofSeconds(20)).until(() -> schedule(patient).procedureDate() != null
                && schedule(patient).activeTasks().size() > 4);
        return patient;
    }

    /**
     * Collects, processes, releases and injects at the bedside (left knee, 4 mL) a planned patient's product, with
     * no procedure recorded yet; returns the product's id.
     */
    String administer(PatientId patient) {
        String product = released(patient);
        assertThat(beans.getBean(Bedside.class).administer(actor(CLINICIAN), product, new AdministrationInput(3L,
                String.valueOf(patient.value()), product, "knee joint", Laterality.LEFT, LAB, password,
                "Procedure room 2", new BigDecimal("4.0"), null)).administered()).isTrue();
        return product;
    }

    /** Collects, processes, tests and releases a product for a planned patient; its identifier. */
    String released(PatientId patient) {
        beans.getBean(ClinicProductSettings.class).save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                new ClinicProductSettings.SettingsInput(Duration.ofHours(8), new BigDecimal("70"), 100_000_000L,
                        null, Duration.ofHours(6), "Test values only, not clinical guidance"));
        ChainOfCustody custody = beans.getBean(ChainOfCustody.class);
        Actor lab = actor(LAB);
        Actor clinician = actor(CLINICIAN);
        long plan = beans.getBean(TreatmentPlans.class).list(clinician, patient).get(0).id();
        String product = custody.collect(lab, patient, new CollectInput(plan, "Procedure room 2", null, null, null,
                null)).productId();
        custody.record(lab, product, new CustodyInput(CustodyAction.PROCESS, 0L, "Lab bench B",
                "Centrifuge system X", "KIT-42", null, null));
        custody.record(lab, product, new CustodyInput(CustodyAction.QC, 1L, "Lab bench B", null, null,
                new Measurements(null, 1_500_000_000L, new BigDecimal("91"), null, null), null));
        custody.record(clinician, product, new CustodyInput(CustodyAction.RELEASE, 2L, "Lab bench B", null, null,
                null, null));
        return product;
    }

    ScheduleView schedule(PatientId patient) {
        List<ScheduleView> all = beans.getBean(FollowupSchedules.class).schedules(actor(COORDINATOR), patient);
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

    /** Moves a time point's window of every instrument so that it opened and closes as given. */
    void window(PatientId patient, String timePoint, LocalDate opens, LocalDate closes) {
        jdbc.sql("""
                update followup_task set opens_on = :o, due_on = :c, closes_on = :c
                where patient_id = :p and time_point_id = :tp""")
                .param("o", opens).param("c", closes).param("p", patient.value()).param("tp", timePoint).update();
    }

    /** Submits every scored question of an instrument at a time point answered with {@code ordinal}. */
    StoredResponse answerAll(PatientId patient, String timePoint, String instrument, int ordinal) {
        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        InstrumentCatalog.load().instrument(instrument).scoredQuestions().forEach(q -> answers.put(q.linkId(), ordinal));
        return beans.getBean(FollowupResponses.class).submit(actor(COORDINATOR), patient,
                task(patient, timePoint, instrument).id(), answers, today());
    }

    /** Submits the NRS-11 of a time point as the coordinator entering the patient's answer. */
    StoredResponse answerPain(PatientId patient, String timePoint, int pain) {
        String linkId = InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId();
        return beans.getBean(FollowupResponses.class).submit(actor(COORDINATOR), patient,
                task(patient, timePoint, "nrs-11").id(), Map.of(linkId, pain), today());
    }

    /**
     * Today by the application's clock (a test may have moved it) in the demo clinic's zone, as the coordinator
     * enters the answers the patient gave today.
     */
    private LocalDate today() {
        return LocalDate.now(beans.getBean(java.time.Clock.class).withZone(org.regenpath.support.WebIT.DEMO_ZONE));
    }
}
