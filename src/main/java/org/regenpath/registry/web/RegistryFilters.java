package org.regenpath.registry.web;

import java.util.Arrays;
import java.util.Locale;
import org.regenpath.registry.RegistryFigures;
import org.regenpath.registry.ResponderRates;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/** The registry's filter from query parameters: a value that is not one of the choices is refused naming its field. */
final class RegistryFilters {

    private RegistryFilters() {}

    static RegistryFigures.Filter of(String condition, String cellSource, String productType, String primary,
            String interval) {
        return new RegistryFigures.Filter(blankToNull(condition), named(CellSource.class, "cellSource", cellSource),
                named(ProductType.class, "productType", productType), blankToNull(primary), interval(interval));
    }

    private static ResponderRates.Interval interval(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("wilson")) {
            return ResponderRates.Interval.WILSON;
        }
        if (value.equalsIgnoreCase("clopper-pearson")) {
            return ResponderRates.Interval.CLOPPER_PEARSON;
        }
        throw InvalidInput.of("interval", "Use wilson or clopper-pearson.");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "Unknown value; use one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
