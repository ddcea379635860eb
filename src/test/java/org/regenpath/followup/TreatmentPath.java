package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientDetails;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.regenpath.support.WebIT;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes a knee osteoarthritis patient of the demo clinic down {@link TreatmentPaths} from registration to an approved
 * plan (the schedule's baseline appears) and, when asked, to a recorded procedure (the follow-ups appear); answers
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
    /** The path of each patient {@link #planned} made, for the steps that follow. */
    private final Map<PatientId, PatientPath> paths = new HashMap<>();

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
        return planned(familyName, givenName, null, day);
    }

    /**
     * A patient with these names and e-mail address (the fixture's where not given) with a plan approved for a
     * procedure on {@code day}, once the baseline is due: {@link TreatmentPaths} from registration to approval.
     */
    PatientId planned(String familyName, String givenName, String email, LocalDate day) {
        PatientDetails fixture = TreatmentPaths.defaultPatient(
                "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        PatientPath path = beans.getBean(TreatmentPaths.class).path(staff())
                .patient(new PatientDetails(fixture.mrn(), givenName != null ? givenName : fixture.givenName(),
                        familyName != null ? familyName : fixture.familyName(), fixture.dateOfBirth(),
                        fixture.sexAtBirth(), email, null, null))
                .screened(TreatmentPaths.leftKneeOsteoarthritis(LocalDate.now()),
                        TreatmentPaths.healthScreen(new BigDecimal("27.0")))
                .decided(Outcome.ELIGIBLE)
                .plan(day).consented().approved();
        paths.put(path.patientId(), path);
        awaitTasks(path.patientId(), 4);
        return path.patientId();
    }

    /** Treats a planned patient today and waits for the follow-ups. */
    PatientId treat(PatientId patient) {
        String product = administer(patient);
        return recordProcedure(patient, product);
    }

    /** Records the procedure of a planned patient whose product was given today, and waits for the follow-ups. */
    PatientId recordProcedure(PatientId patient, String product) {
        PatientPath path = paths.get(patient);
        assertThat(path.product().productId()).isEqualTo(product);
        path.procedureRecorded();
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
        assertThat(paths.get(patient).administered().administration().administered()).isTrue();
        return product;
    }

    /** Collects, processes, tests and releases a product for a planned patient; its identifier. */
    String released(PatientId patient) {
        beans.getBean(ClinicProductSettings.class).save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        return paths.get(patient).collected().processed().tested().released().product().productId();
    }

    private TreatmentPaths.Staff staff() {
        Actor clinician = actor(CLINICIAN);
        return new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, actor(COORDINATOR),
                actor(LAB), password);
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
