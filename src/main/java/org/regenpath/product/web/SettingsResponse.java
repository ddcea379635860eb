package org.regenpath.product.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Duration;
import org.regenpath.product.ProductTypeSettings;
import org.regenpath.product.QcCriteria;
import org.regenpath.shared.ProductType;

/**
 * A clinic's settings for one product type as the JSON API sends it (decision 0038): shelf life, release criteria
 * and who set them on what basis. Field names, order and values are those clients have always read; every schema
 * keeps its published name.
 */
@Schema(name = "ProductTypeSettings")
record SettingsResponse(ProductType productType, Duration shelfLife, Criteria criteria, String source) {

    /** The release criteria. */
    @Schema(name = "QcCriteria")
    record Criteria(
            BigDecimal minViabilityPercent, Long minTotalNucleatedCells, Long minCd34PositiveCells,
            Duration maxTimeOutsideBody) {

        static Criteria of(QcCriteria c) {
            return c == null ? null : new Criteria(c.minViabilityPercent(), c.minTotalNucleatedCells(),
                    c.minCd34PositiveCells(), c.maxTimeOutsideBody());
        }
    }

    static SettingsResponse of(ProductTypeSettings s) {
        return new SettingsResponse(s.productType(), s.shelfLife(), Criteria.of(s.criteria()), s.source());
    }
}
