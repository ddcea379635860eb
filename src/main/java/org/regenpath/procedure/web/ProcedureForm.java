package org.regenpath.procedure.web;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.procedure.ProcedureInput;
import org.regenpath.shared.Laterality;

/**
 * The procedure form as typed, every field a string, so that a refused form is shown again exactly as the
 * clinician left it. Absent fields are null.
 */
record ProcedureForm(
        String productId, String imageGuidance, String siteRegion, String siteLaterality, String volumeMl,
        String cells, String complications, String instructions) {

    /** Each form field's label, in form order, as the page shows it next to the field and in the summary. */
    static final Map<String, String> LABELS = labels();

    /** The API's field names for the one site this form records, by the form field they belong to. */
    private static final Map<String, String> FROM_API = Map.of(
            "sites", "siteRegion", "sites[0].region", "siteRegion", "sites[0].laterality", "siteLaterality",
            "sites[0].volumeMl", "volumeMl", "sites[0].cells", "cells");

    /**
     * The input for the service, with what could not be read put on {@code errors} by form field. An unreadable
     * cell count is passed as 0 so that the service refuses the form too (nothing is saved without the count the
     * clinician typed); the form's message for it wins.
     */
    ProcedureInput toInput(Map<String, String> errors) {
        ImageGuidance guidance = choice(ImageGuidance.class, imageGuidance, "imageGuidance",
                "Choose ultrasound, fluoroscopy or none", errors);
        Laterality side = choice(Laterality.class, siteLaterality, "siteLaterality",
                "Choose the side: left, right or midline", errors);
        BigDecimal volume = null;
        if (!blank(volumeMl)) {
            try {
                volume = new BigDecimal(volumeMl.strip());
            } catch (NumberFormatException e) {
                errors.put("volumeMl", "Enter the volume as a number of mL, e.g. 4 or 2.5");
            }
        }
        Long cellCount = null;
        if (!blank(cells)) {
            try {
                cellCount = Long.valueOf(cells.strip().replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                errors.put("cells", "Enter the cell count as a whole number, or leave it empty");
                cellCount = 0L;
            }
        }
        return new ProcedureInput(productId, null, guidance,
                List.of(new ProcedureInput.SiteInput(siteRegion, side, volume, cellCount)), complications,
                instructions);
    }

    /** The service's field errors by form field; the form's own (more precise) messages are kept. */
    static Map<String, String> byFormField(Map<String, String> serviceErrors, Map<String, String> formErrors) {
        Map<String, String> merged = new LinkedHashMap<>();
        serviceErrors.forEach((field, message) -> merged.putIfAbsent(FROM_API.getOrDefault(field, field), message));
        merged.putAll(formErrors);
        // In form order, so the summary reads top to bottom like the form.
        Map<String, String> ordered = new LinkedHashMap<>();
        LABELS.keySet().stream().filter(merged::containsKey).forEach(f -> ordered.put(f, merged.get(f)));
        merged.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
            Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("productId", "Product injected");
        labels.put("imageGuidance", "Image guidance");
        labels.put("siteRegion", "Site");
        labels.put("siteLaterality", "Side");
        labels.put("volumeMl", "Volume (mL)");
        labels.put("cells", "Cells");
        labels.put("complications", "Immediate complications");
        labels.put("instructions", "Post-procedure instructions");
        labels.put("performedAt", "Performed at");
        return Collections.unmodifiableMap(labels);
    }
}
