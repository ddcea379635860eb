package org.regenpath.support;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

/**
 * The test database as the role that owns the schema and runs the migrations. On PostgreSQL that is a second role
 * ({@code spring.flyway.user}, decision 0018) while the application and the tests connect as a role that may not
 * change or delete append-only rows; on H2 there is one user, so it is the application's own connection.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    /** The owner's connection, or {@code application} where the migrations run as the application's user. */
    public static JdbcClient jdbc(Environment environment, JdbcClient application) {
        String user = environment.getProperty("spring.flyway.user");
        if (!StringUtils.hasText(user)) {
            return application;
        }
        String url = environment.getProperty("spring.flyway.url", environment.getRequiredProperty("spring.datasource.url"));
        String password = environment.getProperty("spring.flyway.password", "");
        return JdbcClient.create(new DriverManagerDataSource(url, user, password));
    }
}
