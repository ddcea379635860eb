package org.regenpath.product.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.product.ProductTypeSettings;
import org.regenpath.product.QcCriteria;
import org.regenpath.shared.ProductType;
import tools.jackson.databind.json.JsonMapper;

/** The API's own product settings type reads exactly as the module record did, with every criterion or one. */
class SettingsResponseTests {

    private static final JsonMapper JSON = ProductResponseTests.JSON;

    @Test
    void serialisesAsTheModuleRecordDid() {
        ProductTypeSettings every = new ProductTypeSettings(ProductType.BONE_MARROW_CONCENTRATE, Duration.ofHours(48),
                new QcCriteria(new BigDecimal("70"), 500_000_000L, 1_000_000L, Duration.ofHours(6)),
                "Lab director, per the processing device's instructions for use");
        ProductTypeSettings one = new ProductTypeSettings(ProductType.PLATELET_RICH_PLASMA, Duration.ofHours(4),
                new QcCriteria(null, null, null, Duration.ofMinutes(90)), "Clinic default");
        for (ProductTypeSettings settings : List.of(every, one)) {
            String before = JSON.writeValueAsString(settings);
            assertThat(JSON.writeValueAsString(SettingsResponse.of(settings))).isEqualTo(before);
        }
        assertThat(JSON.writeValueAsString(SettingsResponse.of(every)))
                .startsWith("{\"productType\":\"BONE_MARROW_CONCENTRATE\",\"shelfLife\":")
                .contains(",\"criteria\":{\"minViabilityPercent\":70,\"minTotalNucleatedCells\":500000000,"
                        + "\"minCd34PositiveCells\":1000000,\"maxTimeOutsideBody\":");
        assertThat(JSON.writeValueAsString(SettingsResponse.of(one)))
                .contains("{\"minViabilityPercent\":null,\"minTotalNucleatedCells\":null,\"minCd34PositiveCells\":null,");
    }
}
