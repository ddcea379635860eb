package org.regenpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.regenpath.demo.DemoLoading;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.identity.PatientAccount;
import org.regenpath.identity.PatientPrincipal;
import org.regenpath.identity.StaffAccount;
import org.regenpath.identity.StaffPrincipal;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base for web integration tests: the whole application on the test database (H2, or PostgreSQL under the
 * {@code postgres} Maven profile) with the demo clinics and users loaded. Tests create their own patients and
 * never assume an empty database, so the suite can run twice against the same PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebIT {

    /** E-mail goes to the shared GreenMail server ({@link TestMail}); one setting for every context. */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    /** Demo logins: {@code <role>@demo-clinic.example} is clinic A, {@code <role>@second-clinic.example} B. */
    public static final String CLINICIAN = "clinician@demo-clinic.example";
    public static final String COORDINATOR = "coordinator@demo-clinic.example";
    public static final String ADMIN = "admin@demo-clinic.example";
    public static final String LAB = "lab@demo-clinic.example";
    public static final String RESEARCHER = "researcher@demo-clinic.example";
    public static final String OTHER_CLINICIAN = "clinician@second-clinic.example";
    public static final String OTHER_ADMIN = "admin@second-clinic.example";
    /** The demo directory editor: a platform role, in no demo clinic. */
    public static final String EDITOR = "editor@directory.example";
    public static final String DEMO_PASSWORD = "it-demo-password-1";

    /** The first demo clinic's time zone: its days, not UTC's, are the ones the application counts. */
    public static final ZoneId DEMO_ZONE = ZoneId.of("America/New_York");

    /** Today in the first demo clinic (in UTC it is already tomorrow from 19:00 or 20:00 New York time). */
    public static LocalDate clinicToday() {
        return LocalDate.now(DEMO_ZONE);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private DemoLoading demoLoading;

    /** Every test starts with the demo patients loaded (they load in the background after start). */
    @BeforeEach
    void demoPatientsLoaded() throws InterruptedException {
        DemoLoaded.await(demoLoading);
    }

    /** The database as the application sees it: on PostgreSQL, the application's role. */
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private Environment environment;

    /** For {@link AuthorizationMatrix}, which makes its own portal patient. */
    @Autowired
    ApplicationContext applicationContext;

    /**
     * The database as the schema owner ({@link SchemaOwner}): for tests that show a guard holds even for the role
     * that may change every row the application's role may not (the append-only triggers).
     */
    protected JdbcClient owner() {
        return SchemaOwner.jdbc(environment, jdbc);
    }

    /** Signs the request in as the given demo user, without a password round trip. */
    protected RequestPostProcessor as(String email) {
        return user(principal(email));
    }

    protected StaffPrincipal principal(String email) {
        return StaffPrincipal.of(account(email));
    }

    protected StaffAccount account(String email) {
        return jdbc.sql("select * from identity_user where email = :e")
                .param("e", email)
                .query((rs, n) -> new StaffAccount(
                        new UserId(rs.getLong("id")),
                        new ClinicId(rs.getLong("clinic_id")),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        null,
                        rs.getInt("version")))
                .single();
    }

    /** Signs the request in as the patient's portal account (it must exist), without a password round trip. */
    protected RequestPostProcessor asPatient(PatientId patient) {
        return user(PatientPrincipal.of(patientAccount(patient)));
    }

    protected PatientAccount patientAccount(PatientId patient) {
        return jdbc.sql("select * from identity_patient_account where patient_id = :p")
                .param("p", patient.value())
                .query((rs, n) -> new PatientAccount(
                        new UserId(rs.getLong("id")),
                        new ClinicId(rs.getLong("clinic_id")),
                        patient,
                        rs.getString("email"),
                        "ACTIVE".equals(rs.getString("status")),
                        null,
                        null,
                        rs.getInt("version")))
                .single();
    }

    /** The demo user as the services see them, for building test data through module APIs. */
    protected Actor actor(String email) {
        StaffAccount a = account(email);
        return new Actor(a.id(), a.email(), a.role(), a.clinicId(), null, null);
    }

    /** The treatment-path fixture (docs/decisions/0036), for a patient somewhere down the path. */
    @Autowired
    protected TreatmentPaths paths;

    /**
     * The demo clinic's people on the treatment path: the system actor registers, the demo clinician decides,
     * plans, releases and injects, the demo coordinator enters baselines, the demo lab technician collects and
     * confirms at the bedside; {@link #DEMO_PASSWORD} is theirs.
     */
    protected TreatmentPaths.Staff demoStaff() {
        Actor clinician = actor(CLINICIAN);
        return new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician, actor(COORDINATOR),
                actor(LAB), DEMO_PASSWORD);
    }

    /** A fresh MRN, so tests never collide with each other or an earlier run on the same database. */
    protected static String uniqueMrn() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Audit rows written since {@code since}, oldest first, as column maps. */
    protected List<Map<String, Object>> auditSince(Instant since) {
        return jdbc.sql("select * from audit_event where occurred_at >= :t order by id")
                .param("t", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query()
                .listOfRows();
    }

    /** The id of the newest audit row, to look at what a request wrote after it. */
    protected long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    /**
     * Performs a request that must be refused: it answers {@code status}, leaves a DENIED audit row (naming the
     * patient when {@code patientId} is given) and writes nothing that {@code written} counts.
     */
    protected void assertRefusedAndAudited(
            String label, MockHttpServletRequestBuilder request, int status, Long patientId, LongSupplier written)
            throws Exception {
        long before = written.getAsLong();
        long audit = lastAuditId();
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(label).isEqualTo(status);
        List<Map<String, Object>> denied = auditAfter(audit).stream()
                .filter(r -> "DENIED".equals(r.get("outcome"))).toList();
        assertThat(denied).as("DENIED audit row for " + label).isNotEmpty();
        if (patientId != null) {
            assertThat(denied).as(label).anySatisfy(r -> assertThat(((Number) r.get("patient_id")).longValue())
                    .isEqualTo(patientId));
        }
        assertThat(written.getAsLong()).as("nothing written by " + label).isEqualTo(before);
    }

    /**
     * Another clinic's record must answer exactly as no record does, or the answer tells that the record exists: the
     * same status and, byte for byte, the same body, once each id the caller asked for is put in the same place in
     * both ({@code askedToMissing}: the other clinic's ids in the first request, by the nonexistent ones in the
     * second). The body may name the id asked for, never another record's; only a page's CSRF token may differ.
     */
    protected void assertAnswersAsNoRecord(String label, MockHttpServletRequestBuilder otherClinics,
            MockHttpServletRequestBuilder noRecord, Map<String, String> askedToMissing) throws Exception {
        MockHttpServletResponse other = mvc.perform(otherClinics).andReturn().getResponse();
        MockHttpServletResponse none = mvc.perform(noRecord).andReturn().getResponse();
        assertThat(other.getStatus()).as(label + ": status, another clinic's record vs none")
                .isEqualTo(none.getStatus());
        // A page's CSRF token is masked afresh on every render: the one volatile part of an answer.
        String token = "(_csrf\"[^>]*?(?:value|content)=\")[^\"]*\"";
        String a = other.getContentAsString().replaceAll(token, "$1\"");
        String b = none.getContentAsString().replaceAll(token, "$1\"");
        // The ids that do not exist are put back as the ids asked for, and not the other way round: a small id asked
        // for could be any number in the body (a status of 403), a nonexistent one never is.
        for (Map.Entry<String, String> ids : askedToMissing.entrySet()) {
            b = b.replaceAll("(?<![0-9A-Za-z-])" + java.util.regex.Pattern.quote(ids.getValue())
                    + "(?![0-9A-Za-z])", java.util.regex.Matcher.quoteReplacement(ids.getKey()));
        }
        assertThat(a).as(label + ": body, another clinic's record vs none").isEqualTo(b);
    }

    /** Audit rows after the given id, oldest first. */
    protected List<Map<String, Object>> auditAfter(long id) {
        return jdbc.sql("select * from audit_event where id > :id order by id").param("id", id).query().listOfRows();
    }
}
