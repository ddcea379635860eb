package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.ProductType;

/** The clinic's settings: none shipped, and a broken file refused with the entry named. */
class ProductSettingsTests {

    private static ProductSettings load(String json) {
        return ProductSettings.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "clinic.json");
    }

    private static String entry(String type, String criteria, String source) {
        return "{\"productTypes\": [{\"productType\": \"" + type + "\", \"shelfLife\": \"PT6H\", \"criteria\": "
                + criteria + (source == null ? "" : ", \"source\": \"" + source + "\"") + "}]}";
    }

    @Test
    void regenpathShipsNoShelfLifeOrCriteria() {
        ProductSettings shipped = ProductSettings.fromClasspath();
        for (ProductType t : ProductType.values()) {
            assertThat(shipped.forType(t)).as(t.name()).isEmpty();
        }
    }

    @Test
    void readsAClinicsSettings() {
        ProductSettings s = load(entry("BONE_MARROW_CONCENTRATE",
                "{\"minViabilityPercent\": 70.5, \"maxTimeOutsideBody\": \"PT4H\"}", "Test values, SOP T-1"));
        ProductTypeSettings bmc = s.forType(ProductType.BONE_MARROW_CONCENTRATE).orElseThrow();
        assertThat(bmc.shelfLife()).isEqualTo(Duration.ofHours(6));
        assertThat(bmc.criteria().minViabilityPercent()).isEqualByComparingTo("70.5");
        assertThat(bmc.criteria().maxTimeOutsideBody()).isEqualTo(Duration.ofHours(4));
        assertThat(bmc.criteria().minTotalNucleatedCells()).isNull();
        assertThat(bmc.source()).isEqualTo("Test values, SOP T-1");
    }

    @Test
    void refusesAnUnknownProductType() {
        assertThatThrownBy(() -> load(entry("EXOSOME_PREPARATION", "{\"minViabilityPercent\": 70}", "x")))
                .isInstanceOf(InvalidProductSettings.class)
                .hasMessageStartingWith("clinic.json: ")
                .hasMessageContaining("EXOSOME_PREPARATION");
    }

    @Test
    void refusesSettingsThatDoNotSayWhereTheyComeFrom() {
        assertThatThrownBy(() -> load(entry("BONE_MARROW_CONCENTRATE", "{\"minViabilityPercent\": 70}", null)))
                .isInstanceOf(InvalidProductSettings.class)
                .hasMessage("clinic.json: productTypes[0] (BONE_MARROW_CONCENTRATE): source: Say who set these values"
                        + " and on what basis");
    }

    @Test
    void refusesCriteriaThatSetNothingOrAnImpossibleViability() {
        assertThatThrownBy(() -> load(entry("BONE_MARROW_CONCENTRATE", "{}", "x")))
                .hasMessageContaining("Set at least one release criterion");
        assertThatThrownBy(() -> load(entry("BONE_MARROW_CONCENTRATE", "{\"minViabilityPercent\": 101}", "x")))
                .hasMessageContaining("minViabilityPercent: Viability is a percentage from 0 to 100");
    }

    @Test
    void refusesAMisspelledCriterionAndATypeConfiguredTwice() {
        assertThatThrownBy(() -> load(entry("BONE_MARROW_CONCENTRATE", "{\"minViability\": 70}", "x")))
                .isInstanceOf(InvalidProductSettings.class)
                .hasMessageContaining("minViability");
        String twice = "{\"productTypes\": [" + entry("BONE_MARROW_CONCENTRATE", "{\"minViabilityPercent\": 70}",
                "x").replaceAll("^\\{\"productTypes\": \\[|]}$", "") + ", " + entry("BONE_MARROW_CONCENTRATE",
                "{\"minViabilityPercent\": 80}", "y").replaceAll("^\\{\"productTypes\": \\[|]}$", "") + "]}";
        assertThatThrownBy(() -> load(twice)).hasMessageContaining("configured twice");
    }
}
