package org.regenpath.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.directory.Listing;
import org.regenpath.directory.ProviderKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * A listing as schema.org JSON-LD (https://schema.org/MedicalClinic, https://schema.org/Physician) for search
 * engines. Written inside a script element, so every {@code <}, {@code >} and {@code &} is escaped as a JSON unicode
 * escape: no listing text can close the element or start markup (OWASP XSS Prevention Cheat Sheet, "HTML entity
 * encoding for JSON in script").
 */
final class StructuredData {

    private StructuredData() {
    }

    static String of(Listing l, String url, JsonMapper json, ConditionNames names) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", l.kind() == ProviderKind.PRACTITIONER ? "Physician" : "MedicalClinic");
        doc.put("name", l.name());
        doc.put("url", url);
        put(doc, "description", l.summary());
        put(doc, "telephone", l.phone());
        put(doc, "sameAs", l.website());
        if (l.priceMinUsd() != null) {
            doc.put("priceRange", l.priceMaxUsd() == null ? "$" + l.priceMinUsd()
                    : "$" + l.priceMinUsd() + "-$" + l.priceMaxUsd());
        }
        if (!l.locations().isEmpty()) {
            Listing.Location at = l.locations().get(0);
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            put(address, "streetAddress", at.street());
            address.put("addressLocality", at.city());
            address.put("addressRegion", at.stateCode());
            address.put("postalCode", at.zip());
            address.put("addressCountry", "US");
            doc.put("address", address);
            doc.put("geo", Map.of("@type", "GeoCoordinates", "latitude", at.latitude(), "longitude",
                    at.longitude()));
        }
        List<Object> conditions = new ArrayList<>();
        for (String id : l.conditionIds()) {
            conditions.add(Map.of("@type", "MedicalCondition", "name", names.name(id)));
        }
        if (!conditions.isEmpty()) {
            doc.put("knowsAbout", conditions);
        }
        return json.writeValueAsString(doc).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static void put(Map<String, Object> doc, String key, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(key, value);
        }
    }
}
