package org.regenpath.product;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentLookup;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.springframework.stereotype.Component;

/**
 * Makes {@link ProductView}s with the patient's consent to the product's plan as it stands now, read through the
 * planning module's {@link ConsentLookup} inside the caller's transaction (it adds no audit row: the caller audits
 * what it shows). A list is read with one consent lookup for all its plans and one time zone per clinic.
 */
@Component
class ProductViews {

    private final ConsentLookup consents;
    private final ClinicZones zones;

    ProductViews(ConsentLookup consents, ClinicZones zones) {
        this.consents = consents;
        this.zones = zones;
    }

    ProductView of(Products.Stored stored) {
        return ProductView.of(stored, consents.consentInForce(stored.product().patientId(), stored.planId()),
                zones.zoneOf(stored.clinicId()));
    }

    List<ProductView> of(List<Products.Stored> stored) {
        Map<Long, ConsentInForce> byPlan = consents.consentsInForce(stored.stream().map(Products.Stored::planId)
                .distinct().toList());
        Map<ClinicId, ZoneId> zoneOf = new HashMap<>();
        return stored.stream().map(s -> ProductView.of(s, byPlan.get(s.planId()),
                zoneOf.computeIfAbsent(s.clinicId(), zones::zoneOf))).toList();
    }
}
