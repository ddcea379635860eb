package org.regenpath.product.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.BedsideFinding;
import org.regenpath.product.BedsideRule;

/**
 * The outcome of a bedside check and injection as the JSON API sends it (decision 0038): whether the product was
 * given, the attempt, every check's finding and the product as it now stands. Field names, order and values are
 * those clients have always read; every schema keeps its published name.
 */
@Schema(name = "AdministrationOutcome")
record AdministrationResponse(boolean administered, long attemptId, List<Finding> findings, ProductResponse product) {

    /** One bedside check and what it found. */
    @Schema(name = "BedsideFinding")
    record Finding(BedsideRule rule, boolean passed, String message) {

        static Finding of(BedsideFinding f) {
            return new Finding(f.rule(), f.passed(), f.message());
        }
    }

    static AdministrationResponse of(AdministrationOutcome o) {
        return new AdministrationResponse(o.administered(), o.attemptId(),
                o.findings() == null ? null : o.findings().stream().map(Finding::of).toList(),
                ProductResponse.of(o.product()));
    }
}
