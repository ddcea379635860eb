package org.regenpath.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each clinic's shelf life and QC release criteria per product type (ADR 0007): the shipped
 * {@value ProductSettings#SHIPPED} (empty by default), overridden per clinic and type by what the clinic admin
 * sets here (table {@code product_settings}). Every signed-in staff member of the clinic may read them; only a
 * clinic admin may change them, and each entry must say who set it and on what basis.
 */
@Service
public class ClinicProductSettings {

    static final String RESOURCE = "ProductSettings";
    static final int MAX_SOURCE = 1000;

    /** One product type's settings as a clinic admin enters them; every value may be missing or wrong. */
    public record SettingsInput(
            Duration shelfLife, BigDecimal minViabilityPercent, Long minTotalNucleatedCells,
            Long minCd34PositiveCells, Duration maxTimeOutsideBody, String source) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProductSettings shipped = ProductSettings.fromClasspath();

    ClinicProductSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings in force for the actor's clinic, by product type. */
    @Transactional
    public List<ProductTypeSettings> list(Actor actor) {
        List<ProductTypeSettings> list = List.copyOf(merged(actor.clinicId()).values());
        audit.success(actor, AuditAction.READ, null, RESOURCE, null, "types=" + list.size());
        return list;
    }

    /** Sets one product type's settings for the actor's clinic; clinic admins only. */
    @Transactional
    public ProductTypeSettings save(Actor actor, ProductType type, SettingsInput in) {
        if (!actor.hasRole(Role.CLINIC_ADMIN)) {
            audit.denied(actor, AuditAction.UPDATE, null, RESOURCE, type, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only a clinic admin may change product settings.");
        }
        ProductTypeSettings settings = validated(type, in);
        QcCriteria c = settings.criteria();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("c", actor.clinicId().value());
        p.put("type", type.name());
        p.put("shelf", settings.shelfLife().toString());
        p.put("viability", c.minViabilityPercent());
        p.put("tnc", c.minTotalNucleatedCells());
        p.put("cd34", c.minCd34PositiveCells());
        p.put("maxOut", c.maxTimeOutsideBody() == null ? null : c.maxTimeOutsideBody().toString());
        p.put("source", settings.source());
        p.put("by", actor.displayName());
        p.put("at", Instant.now(clock).atOffset(ZoneOffset.UTC));
        int updated = jdbc.sql("""
                update product_settings set shelf_life = :shelf, min_viability_percent = :viability,
                    min_total_nucleated_cells = :tnc, min_cd34_positive_cells = :cd34, max_time_outside_body = :maxOut,
                    source = :source, updated_by = :by, updated_at = :at
                where clinic_id = :c and product_type = :type""").params(p).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into product_settings (clinic_id, product_type, shelf_life, min_viability_percent,
                        min_total_nucleated_cells, min_cd34_positive_cells, max_time_outside_body, source, updated_by,
                        updated_at)
                    values (:c, :type, :shelf, :viability, :tnc, :cd34, :maxOut, :source, :by, :at)""")
                    .params(p).update();
        }
        audit.success(actor, AuditAction.UPDATE, null, RESOURCE, type, "shelfLife=" + settings.shelfLife());
        return settings;
    }

    /** The settings in force for a clinic, for collection and release. */
    ProductSettings forClinic(ClinicId clinic) {
        return ProductSettings.of(merged(clinic).values());
    }

    private Map<ProductType, ProductTypeSettings> merged(ClinicId clinic) {
        Map<ProductType, ProductTypeSettings> byType = new EnumMap<>(ProductType.class);
        for (ProductType type : ProductType.values()) {
            shipped.forType(type).ifPresent(s -> byType.put(type, s));
        }
        if (clinic == null) {
            return byType;
        }
        jdbc.sql("select * from product_settings where clinic_id = :c").param("c", clinic.value())
                .query((rs, n) -> {
                    String maxOut = rs.getString("max_time_outside_body");
                    long tnc = rs.getLong("min_total_nucleated_cells");
                    Long minTnc = rs.wasNull() ? null : tnc;
                    long cd34 = rs.getLong("min_cd34_positive_cells");
                    Long minCd34 = rs.wasNull() ? null : cd34;
                    ProductType type = ProductType.valueOf(rs.getString("product_type"));
                    return new ProductTypeSettings(type, Duration.parse(rs.getString("shelf_life")),
                            new QcCriteria(Products.decimal(rs, "min_viability_percent"), minTnc, minCd34,
                                    maxOut == null ? null : Duration.parse(maxOut)),
                            rs.getString("source"));
                })
                .list().forEach(s -> byType.put(s.productType(), s));
        return byType;
    }

    private static ProductTypeSettings validated(ProductType type, SettingsInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.source() != null && in.source().length() > MAX_SOURCE) {
            errors.put("source", "At most " + MAX_SOURCE + " characters");
        }
        QcCriteria criteria = null;
        try {
            criteria = new QcCriteria(in.minViabilityPercent(), in.minTotalNucleatedCells(),
                    in.minCd34PositiveCells(), in.maxTimeOutsideBody());
        } catch (InvalidInput e) {
            errors.putAll(e.fieldErrors());
        }
        try {
            ProductTypeSettings settings = new ProductTypeSettings(type, in.shelfLife(), criteria, in.source());
            if (errors.isEmpty()) {
                return settings;
            }
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((f, m) -> {
                if (!"criteria".equals(f) || errors.isEmpty()) {
                    errors.putIfAbsent(f, m);
                }
            });
        }
        throw new InvalidInput(errors);
    }
}
