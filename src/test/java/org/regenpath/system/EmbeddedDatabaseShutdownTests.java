package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/**
 * Every embedded H2 database the application or the integration tests open is closed by the connection pool when
 * Spring shuts down, not by H2's own JVM shutdown hook. With H2's default {@code DB_CLOSE_ON_EXIT=TRUE} the two
 * hooks race, and the event publication registry, which looks up unfinished publications as the context closes,
 * found the database already closed and logged a failed destroy method on every stop. Spring Boot's own embedded
 * H2 URL sets {@code DB_CLOSE_ON_EXIT=FALSE} for the same reason. (H2 defaults to it for in-memory databases,
 * like the integration tests' one: checked too, so that a switch to a file database keeps the rule.)
 */
class EmbeddedDatabaseShutdownTests {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"application.yml", "application-it.yml"})
    void theConfiguredH2DatabaseIsNotClosedByH2sOwnShutdownHook(String file) throws Exception {
        String url = configuredUrl(file);
        assertThat(url).startsWith("jdbc:h2:");

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
            assertThat(databasesClosedAtJvmExit()).as("H2 databases its shutdown hook will close").isEmpty();
        }
    }

    /** The datasource URL of the file, with the data directory in a temporary folder and no environment. */
    private String configuredUrl(String file) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(file));
        Properties properties = yaml.getObject();
        properties.setProperty("regenpath.data-dir", dataDir.toString());
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new PropertiesPropertySource(file, properties));
        return new PropertySourcesPropertyResolver(sources).resolveRequiredPlaceholders(
                properties.getProperty("spring.datasource.url"));
    }

    /**
     * The names of the open databases that H2's JVM shutdown hook ({@code OnExitDatabaseCloser}) will close rather
     * than only checkpoint: H2 keeps both the registry and the flag private, so they are read by reflection, and an
     * H2 upgrade that renames them fails here loudly.
     */
    private static List<String> databasesClosedAtJvmExit() throws Exception {
        Class<?> closer = Class.forName("org.h2.engine.OnExitDatabaseCloser");
        Field registry = closer.getDeclaredField("DATABASES");
        registry.setAccessible(true);
        Class<?> database = Class.forName("org.h2.engine.Database");
        Field closes = database.getDeclaredField("closeAtVmShutdown");
        closes.setAccessible(true);
        Method name = database.getMethod("getName");
        List<String> closed = new ArrayList<>();
        synchronized (closer) {
            for (Object db : ((Map<?, ?>) registry.get(null)).keySet()) {
                if (closes.getBoolean(db)) {
                    closed.add((String) name.invoke(db));
                }
            }
        }
        return closed;
    }
}
