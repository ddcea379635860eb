package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.regenpath.identity.Clinics;
import org.regenpath.identity.NewAccount;
import org.regenpath.identity.UserAccounts;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins of one clinic claim one condition for two instrument sets at the same instant: the database's claim
 * key decides (decision 0025). The first admin's save is held open after it claimed the condition; the second
 * admin's save passes the service's own check (nothing committed claims the condition yet), reaches the claim and
 * waits on the key; then the first commits. Exactly one set claims the condition, the other admin gets 409 naming
 * the condition and the set that has it, and nothing of the refused set is written.
 */
class ClinicSetClaimRaceIT extends WebIT {

    @Autowired
    Clinics clinics;

    @Autowired
    UserAccounts users;

    @Autowired
    ClinicInstrumentSets sets;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    static String body(String label) {
        return """
                {"label": "%s", "templateId": "default",
                 "instruments": {"nrs-11": ["baseline", "1m", "3m", "6m", "12m", "24m"]},
                 "conditions": ["knee-oa"], "source": "Clinic protocol"}""".formatted(label);
    }

    static ClinicSetInput input(String label) {
        return new ClinicSetInput(label, "default", Map.of("nrs-11",
                List.of("baseline", "1m", "3m", "6m", "12m", "24m")), null, List.of("knee-oa"), "Clinic protocol");
    }

    @Test
    void twoAdminsClaimingOneConditionAtOnceGetOneSetAndA409NamingIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ClinicId clinic = clinics.create("Claim race clinic " + tag).id();
        String first = "admin-a-" + tag + "@race-clinic.example";
        String second = "admin-b-" + tag + "@race-clinic.example";
        users.createAsSystem(clinic, new NewAccount(first, "Admin A " + tag, Role.CLINIC_ADMIN, DEMO_PASSWORD));
        users.createAsSystem(clinic, new NewAccount(second, "Admin B " + tag, Role.CLINIC_ADMIN, DEMO_PASSWORD));

        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ClinicSetVersion> winner = pool.submit(() -> new TransactionTemplate(transactions).execute(s -> {
                ClinicSetVersion saved = sets.create(actor(first), input("Knee set A"));
                claimed.countDown();
                try {
                    assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return saved;
            }));
            assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();
            Future<MockHttpServletResponse> loser = pool.submit(() -> mvc.perform(post("/api/follow-up/instrument-sets")
                            .with(as(second)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(body("Knee set B")))
                    .andReturn().getResponse());
            await().atMost(Duration.ofSeconds(60)).until(() -> loser.isDone() || claimInsertWaiting());
            assertThat(loser.isDone()).as("the second save waits on the claim key, it was not refused earlier")
                    .isFalse();
            commit.countDown();
            ClinicSetVersion won = winner.get(60, TimeUnit.SECONDS);
            MockHttpServletResponse refused = loser.get(60, TimeUnit.SECONDS);

            assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            assertThat(refused.getContentAsString()).contains("\"conditions\"")
                    .contains("is already claimed by this clinic's set \\\"Knee set A\\\" (set " + won.setId() + ")")
                    .contains("Knee osteoarthritis");
        } finally {
            commit.countDown();
            pool.shutdown();
        }
        assertThat(jdbc.sql("select label from followup_clinic_set_version where clinic_id = :c")
                .param("c", clinic.value()).query(String.class).list()).containsExactly("Knee set A");
        assertThat(jdbc.sql("select count(*) from followup_clinic_set where clinic_id = :c")
                .param("c", clinic.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from followup_clinic_set_claim where clinic_id = :c")
                .param("c", clinic.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(sets.overview(actor(second)).inForce()).filteredOn(c -> c.conditionId().equals("knee-oa"))
                .singleElement().satisfies(c -> assertThat(c.setLabel()).startsWith("Knee set A"));
    }

    @Test
    void retiringOrRevisingASetReleasesItsConditionsAndHistoryStays() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ClinicId clinic = clinics.create("Claim history clinic " + tag).id();
        String admin = "admin-" + tag + "@claims-clinic.example";
        users.createAsSystem(clinic, new NewAccount(admin, "Admin " + tag, Role.CLINIC_ADMIN, DEMO_PASSWORD));
        ClinicSetVersion a = sets.create(actor(admin), input("Knee set A"));
        ClinicSetVersion revised = sets.revise(actor(admin), a.setId(), input("Knee set A, revised"), 1);
        ClinicSetVersion retired = sets.retire(actor(admin), a.setId(), revised.version());
        ClinicSetVersion b = sets.create(actor(admin), input("Knee set B"));
        assertThat(b.conditions()).containsExactly("knee-oa");
        assertThat(jdbc.sql("select count(*) from followup_clinic_set_version where set_id = :s")
                .param("s", a.setId()).query(Long.class).single()).isEqualTo(3);
        assertThat(retired.retired()).isTrue();
        assertThat(jdbc.sql("select set_id from followup_clinic_set_claim where clinic_id = :c")
                .param("c", clinic.value()).query(Long.class).list()).containsExactly(b.setId());
    }

    /** Whether another session is inside the claim insert, waiting for the held claim's transaction. */
    private boolean claimInsertWaiting() throws Exception {
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        String sql = postgres
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()"
                        + " and query like '%into followup_clinic_set_claim%'"
                : "select count(*) from information_schema.sessions where session_id <> session_id()"
                        + " and executing_statement like '%into followup_clinic_set_claim%'";
        return jdbc.sql(sql).query(Long.class).single() > 0;
    }
}
