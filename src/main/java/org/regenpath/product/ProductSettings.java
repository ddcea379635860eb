package org.regenpath.product;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinic's shelf life and release criteria per product type. Read from JSON (the shipped
 * {@value #SHIPPED} is deliberately empty) and validated on load: an unknown product type or field, a missing
 * source, an impossible value stops loading with a message naming the entry. A product type without settings can
 * be neither collected nor released ({@link NotConfigured}).
 *
 * <pre>{@code
 * {"productTypes": [{"productType": "BONE_MARROW_CONCENTRATE", "shelfLife": "PT...",
 *   "criteria": {"minViabilityPercent": ..., "minTotalNucleatedCells": ..., "maxTimeOutsideBody": "PT..."},
 *   "source": "Lab SOP ..., approved by ... on ..."}]}
 * }</pre>
 */
public final class ProductSettings {

    /** The shipped settings on the classpath: no product type configured. */
    public static final String SHIPPED = "clinical/product/product-settings.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<ProductType, ProductTypeSettings> byType;

    private ProductSettings(Map<ProductType, ProductTypeSettings> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** Settings for the given product types; a type given twice is refused. */
    public static ProductSettings of(Collection<ProductTypeSettings> settings) {
        Map<ProductType, ProductTypeSettings> byType = new EnumMap<>(ProductType.class);
        for (ProductTypeSettings s : settings) {
            if (byType.put(s.productType(), s) != null) {
                throw InvalidInput.of("productType", s.productType().label() + " is configured twice");
            }
        }
        return new ProductSettings(byType);
    }

    /** Nothing configured. */
    public static ProductSettings empty() {
        return of(List.of());
    }

    /** The shipped settings, {@value #SHIPPED}. */
    public static ProductSettings fromClasspath() {
        InputStream in = ProductSettings.class.getClassLoader().getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new InvalidProductSettings(SHIPPED, "not found on the classpath", null);
        }
        return load(in, SHIPPED);
    }

    /**
     * Reads settings JSON.
     *
     * @throws InvalidProductSettings naming the file and the entry at fault
     */
    public static ProductSettings load(InputStream in, String file) {
        SettingsFile data;
        try (in) {
            data = JSON.readValue(in, SettingsFile.class);
        } catch (JacksonException e) {
            throw new InvalidProductSettings(file, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidProductSettings(file, "cannot be read", e);
        }
        if (data == null || data.productTypes() == null) {
            throw new InvalidProductSettings(file, "\"productTypes\" is missing", null);
        }
        List<ProductTypeSettings> settings = new ArrayList<>();
        for (int i = 0; i < data.productTypes().size(); i++) {
            settings.add(entry(file, i, data.productTypes().get(i)));
        }
        try {
            return of(settings);
        } catch (InvalidInput e) {
            throw new InvalidProductSettings(file, e.getMessage(), e);
        }
    }

    private static ProductTypeSettings entry(String file, int index, Entry e) {
        String where = "productTypes[" + index + "]";
        if (e == null || e.productType() == null) {
            throw new InvalidProductSettings(file, where + " names no \"productType\"", null);
        }
        try {
            Criteria c = e.criteria();
            QcCriteria criteria = c == null ? null : new QcCriteria(c.minViabilityPercent(),
                    c.minTotalNucleatedCells(), c.minCd34PositiveCells(), c.maxTimeOutsideBody());
            return new ProductTypeSettings(e.productType(), e.shelfLife(), criteria, e.source());
        } catch (InvalidInput problem) {
            throw new InvalidProductSettings(file, where + " (" + e.productType() + "): " + problem.getMessage(),
                    problem);
        }
    }

    public Optional<ProductTypeSettings> forType(ProductType type) {
        return Optional.ofNullable(byType.get(type));
    }

    /**
     * The settings for a type that must be configured for {@code action}.
     *
     * @throws NotConfigured when the clinic has not configured the type
     */
    ProductTypeSettings require(ProductType type, String action) {
        return forType(type).orElseThrow(() -> new NotConfigured(type, action));
    }

    record SettingsFile(String about, List<Entry> productTypes) {
    }

    record Entry(ProductType productType, Duration shelfLife, Criteria criteria, String source) {
    }

    record Criteria(
            BigDecimal minViabilityPercent, Long minTotalNucleatedCells, Long minCd34PositiveCells,
            Duration maxTimeOutsideBody) {
    }
}
