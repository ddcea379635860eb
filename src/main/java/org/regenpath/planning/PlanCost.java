package org.regenpath.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.regenpath.shared.InvalidInput;

/**
 * What the patient pays for the plan, as the clinic states it. The ISSCR informed-consent standard asks that the
 * costs of a stem cell-based intervention be disclosed before consent, and such treatments are usually not
 * covered by insurance; the consent document shows this amount, and consent cannot be signed for a plan version
 * that does not state it. The amount is the clinic's price, never a figure Regenpath suggests.
 *
 * @param amount the amount, 0 or more, at most two decimals (0 where the clinic charges nothing, e.g. a trial)
 * @param currency the ISO 4217 code, e.g. {@code USD}
 * @param covers what the amount covers, e.g. "harvest, processing and both injections", or {@code null}
 */
public record PlanCost(BigDecimal amount, String currency, String covers) {

    static final int MAX_COVERS = 500;

    public PlanCost {
        currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        covers = covers == null || covers.isBlank() ? null : covers.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (amount == null || amount.signum() < 0) {
            errors.put("amount", "Enter the amount the patient pays, 0 or more");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.put("amount", "At most two decimals");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            errors.put("currency", "Enter the three-letter currency code, e.g. USD");
        }
        if (covers != null && covers.length() > MAX_COVERS) {
            errors.put("covers", "At most " + MAX_COVERS + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** For people: {@code USD 4,800.00 (harvest, processing and both injections)}. */
    public String describe() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return currency + " " + format.format(amount) + (covers == null ? "" : " (" + covers + ")");
    }
}
