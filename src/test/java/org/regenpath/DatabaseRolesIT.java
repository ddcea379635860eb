package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the application connects as a role that owns nothing and may only read and insert into the audit
 * trail and every other append-only table, while the migrations run as the schema owner (decision 0018): so even a
 * compromised application cannot rewrite, delete, truncate, disable the triggers of or replicate around the audit
 * trail. Each refusal must come from the privilege system, not from the append-only trigger (which refuses the
 * owner too, see AuditTrailIT). The whole integration suite runs as that role. Skipped on H2, which has one user.
 */
class DatabaseRolesIT extends WebIT {

    /** The tables whose migrations add an append-only trigger today: discovery must find at least these. */
    static final List<String> APPEND_ONLY = List.of("audit_event", "followup_clinic_set",
            "followup_clinic_set_version", "followup_problem_report", "followup_response", "followup_response_score",
            "intake_candidacy_decision", "planning_consent", "planning_consent_signature",
            "planning_consent_withdrawal", "procedure_record", "procedure_site", "product_bedside_attempt",
            "product_custody_event", "registry_export_key", "safety_adverse_event_version");

    @Autowired
    Environment environment;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void onPostgreSqlOnly() {
        assumeTrue(environment.getRequiredProperty("spring.datasource.url").startsWith("jdbc:postgresql:"),
                "H2 has one user: the database roles exist on PostgreSQL only");
    }

    @Test
    void theApplicationAndEveryIntegrationTestConnectAsAnUnprivilegedRoleThatOwnsNothing() {
        String role = jdbc.sql("select current_user").query(String.class).single();
        String owner = environment.getRequiredProperty("spring.flyway.user");

        assertThat(role).isEqualTo(environment.getRequiredProperty("spring.datasource.username")).isNotEqualTo(owner);
        assertThat(jdbc.sql("""
                select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,
                       pg_has_role(current_user, :owner, 'MEMBER') as member_of_owner
                from pg_roles where rolname = current_user""").param("owner", owner).query().singleRow().values())
                .containsOnly(false);
        assertThat(jdbc.sql("""
                select (select count(*) from pg_class where relowner = r.oid)
                     + (select count(*) from pg_namespace where nspowner = r.oid)
                     + (select count(*) from pg_proc where proowner = r.oid)
                from pg_roles r where r.rolname = current_user""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select pg_get_userbyid(relowner) from pg_class where relname = 'audit_event'")
                .query(String.class).single()).isEqualTo(owner);
    }

    @Test
    void theApplicationRoleMayOnlyReadAndAppendTheAuditTrail() {
        long id = jdbc.sql("""
                insert into audit_event (occurred_at, username, action, outcome, detail)
                values (current_timestamp, 'database-roles-it', 'READ', 'SUCCESS', 'as written')
                returning id""").query(Long.class).single();

        assertRefused("update audit_event set detail = 'rewritten' where id = " + id);
        assertRefused("delete from audit_event where id = " + id);
        assertRefused("truncate audit_event");
        assertRefused("alter table audit_event disable trigger all");
        assertRefused("alter table audit_event disable trigger audit_event_append_only");
        assertRefused("drop trigger audit_event_append_only on audit_event");
        assertRefused("create or replace function audit_event_refuse_change() returns trigger language plpgsql"
                + " as $$ begin return new; end; $$");
        assertRefused("set session_replication_role = replica");
        assertRefused("set local session_replication_role = replica");

        assertThat(jdbc.sql("select detail from audit_event where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("as written");
    }

    @Test
    void everyAppendOnlyTableRefusesUpdateDeleteAndTruncateToTheApplicationRole() {
        List<String> tables = jdbc.sql("""
                select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
                where not g.tgisinternal and g.tgname = c.relname || '_append_only'
                  and c.relnamespace = current_schema()::regnamespace
                order by c.relname""").query(String.class).list();
        List<String> refusing = jdbc.sql("""
                select distinct c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
                join pg_proc p on p.oid = g.tgfoid
                where not g.tgisinternal and p.proname like '%refuse_change'
                  and c.relnamespace = current_schema()::regnamespace""").query(String.class).list();

        assertThat(tables).containsAll(APPEND_ONLY);
        assertThat(tables).as("tables with a refusing trigger not named <table>_append_only get no privilege rule")
                .containsAll(refusing);
        for (String table : tables) {
            String column = jdbc.sql("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = :t and ordinal_position = 1""")
                    .param("t", table).query(String.class).single();
            assertRefused("update " + table + " set " + column + " = " + column);
            assertRefused("delete from " + table);
            assertRefused("truncate " + table);
            assertThat(privileges(table)).as(table).containsExactlyInAnyOrder("SELECT", "INSERT");
        }
    }

    @Test
    void theApplicationRoleReadsAndWritesOrdinaryTablesButNeitherDefinesTablesNorTouchesTheMigrationHistory() {
        assertThat(privileges("event_publication")).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
        assertThat(privileges("patient")).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
        assertThat(privileges("flyway_schema_history")).isEmpty();
        assertRefused("select count(*) from flyway_schema_history");
        assertRefused("create table database_roles_it (id int)");
        assertRefused("alter table patient add column database_roles_it int");
    }

    @Test
    void theMigrationsRefuseToRunWithAnApplicationRoleThatCouldBypassTheAppendOnlyRules() {
        String owner = environment.getRequiredProperty("spring.flyway.user");
        for (String unsafe : List.of(owner, "postgres")) {
            Flyway flyway = Flyway.configure()
                    .dataSource(environment.getRequiredProperty("spring.datasource.url"), owner,
                            environment.getProperty("spring.flyway.password", ""))
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .placeholders(Map.of("appRole", unsafe))
                    .load();
            assertThatThrownBy(flyway::migrate).as(unsafe).hasStackTraceContaining("the application role");
        }
    }

    /** The table privileges the application's role holds. */
    private List<String> privileges(String table) {
        return jdbc.sql("""
                select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',
                    'TRIGGER']) p
                where has_table_privilege(current_user, :t::regclass, p)""").param("t", table)
                .query(String.class).list();
    }

    /**
     * The statement fails for lack of a privilege (SQLSTATE 42501) and not because an append-only trigger refused
     * the rows (the triggers raise the same state, with "append-only" in the message). It runs in a transaction
     * that is rolled back, so a statement that wrongly succeeds changes nothing for the tests after it.
     */
    private void assertRefused(String sql) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        Throwable thrown = catchThrowable(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(sql).query().listOfRows();
        }));
        assertThat(thrown).as(sql).isInstanceOf(DataAccessException.class);
        Throwable cause = ((DataAccessException) thrown).getMostSpecificCause();
        assertThat(cause).as(sql).isInstanceOf(SQLException.class);
        assertThat(((SQLException) cause).getSQLState()).as(sql + ": " + cause.getMessage()).isEqualTo("42501");
        assertThat(cause.getMessage()).as(sql).doesNotContain("append-only")
                .containsAnyOf("permission denied", "must be owner");
    }
}
