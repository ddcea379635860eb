package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * The registry's CHECK constraints list the cell sources and product types the shared enums have: a value added to
 * an enum without a migration here would make the live feed fail on every procedure with that product.
 */
class RegistryMigrationTests {

    private static String migration() throws IOException {
        try (InputStream in = RegistryMigrationTests.class.getResourceAsStream(
                "/db/migration/registry/V202612080300__registry_create_read_model.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyCellSourceAndProductTypeIsAllowedByTheTable() throws IOException {
        String sql = migration();
        assertThat(Arrays.stream(CellSource.values()).map(v -> "'" + v.name() + "'")).allMatch(sql::contains);
        assertThat(Arrays.stream(ProductType.values()).map(v -> "'" + v.name() + "'")).allMatch(sql::contains);
    }
}
