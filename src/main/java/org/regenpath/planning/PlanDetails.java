package org.regenpath.planning;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * What a treatment plan version says (issue #4, item 1): the condition it treats, the sites with laterality and
 * dose, the regulatory facts (cell source, product type, manipulation, use, same surgical procedure), processing,
 * image guidance, rehabilitation, follow-up, planned dates and the cost to the patient. Constructing one validates
 * every field and reports all problems at once as {@link InvalidInput}, so an invalid plan cannot exist.
 *
 * @param targetConditionId the condition from the patient's chronic pain profile (intake module) this plan treats
 * @param sites the injection sites, each at most once
 * @param pathway the cell source, product type and the regulatory facts the clinician declares
 * @param processingMethod how the cells are processed, in the lab's words (e.g. the SOP name)
 * @param processingDevice the processing device or system, or {@code null}
 * @param imageGuidance how the needle is guided
 * @param rehabilitationProtocol the rehabilitation (physical therapy) protocol, or {@code null}
 * @param followUpTemplateId the follow-up schedule template (follow-up module)
 * @param plannedHarvestDate when the cells are harvested; required for autologous sources, optional otherwise
 * @param plannedProcedureDate when the cells are injected; on the harvest day for the same surgical procedure
 * @param cost what the patient pays, as the clinic states it; may be missing on a draft, but consent cannot be
 *     signed without it
 */
public record PlanDetails(
        long targetConditionId,
        List<PlannedSite> sites,
        PathwayFacts pathway,
        String processingMethod,
        String processingDevice,
        ImageGuidance imageGuidance,
        String rehabilitationProtocol,
        String followUpTemplateId,
        LocalDate plannedHarvestDate,
        LocalDate plannedProcedureDate,
        PlanCost cost) {

    static final int MAX_METHOD = 500;
    static final int MAX_DEVICE = 200;
    static final int MAX_REHABILITATION = 4000;
    static final int MAX_TEMPLATE_ID = 64;

    public PlanDetails {
        sites = sites == null ? List.of() : List.copyOf(sites.stream().filter(Objects::nonNull).toList());
        processingMethod = clean(processingMethod);
        processingDevice = clean(processingDevice);
        rehabilitationProtocol = clean(rehabilitationProtocol);
        followUpTemplateId = clean(followUpTemplateId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (targetConditionId <= 0) {
            errors.put("targetConditionId", "Choose the condition this plan treats");
        }
        checkSites(sites, errors);
        if (pathway == null) {
            errors.put("pathway", "Answer the regulatory questions: cell source, product type and use");
        }
        checkLength("processingMethod", processingMethod, MAX_METHOD, true, errors);
        checkLength("processingDevice", processingDevice, MAX_DEVICE, false, errors);
        if (imageGuidance == null) {
            errors.put("imageGuidance", "Choose ultrasound, fluoroscopy or none");
        }
        checkLength("rehabilitationProtocol", rehabilitationProtocol, MAX_REHABILITATION, false, errors);
        checkLength("followUpTemplateId", followUpTemplateId, MAX_TEMPLATE_ID, true, errors);
        checkDates(pathway, plannedHarvestDate, plannedProcedureDate, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // Homologous use is derived from product type and site, so the facts classified are always these sites.
        pathway = pathway.withSiteRegions(sites.stream().map(s -> s.site().region()).toList());
    }

    public CellSource cellSource() {
        return pathway.cellSource();
    }

    public ProductType productType() {
        return pathway.productType();
    }

    /** The planned sites without their doses, as the bedside check compares them. */
    public Set<InjectionSite> injectionSites() {
        Set<InjectionSite> result = new HashSet<>();
        sites.forEach(s -> result.add(s.site()));
        return Set.copyOf(result);
    }

    private static void checkSites(List<PlannedSite> sites, Map<String, String> errors) {
        if (sites.isEmpty()) {
            errors.put("sites", "Plan at least one injection site");
            return;
        }
        Set<InjectionSite> seen = new HashSet<>();
        for (PlannedSite s : sites) {
            if (!seen.add(s.site())) {
                errors.put("sites", "The " + s.site().describe() + " is listed twice; give each site once with"
                        + " its whole dose");
            }
        }
    }

    private static void checkDates(PathwayFacts pathway, LocalDate harvest, LocalDate procedure,
            Map<String, String> errors) {
        boolean autologous = pathway != null && pathway.cellSource().isAutologous();
        if (harvest == null && autologous) {
            errors.put("plannedHarvestDate", "Enter the planned harvest date");
        }
        if (procedure == null) {
            errors.put("plannedProcedureDate", "Enter the planned injection date");
        }
        if (harvest == null || procedure == null) {
            return;
        }
        if (procedure.isBefore(harvest)) {
            errors.put("plannedProcedureDate", "The injection cannot be planned before the harvest");
        } else if (pathway != null && pathway.sameSurgicalProcedure() && !procedure.equals(harvest)) {
            errors.put("plannedProcedureDate", "In the same surgical procedure, harvest and injection are on the"
                    + " same day");
        }
    }

    private static void checkLength(String field, String value, int max, boolean required,
            Map<String, String> errors) {
        if (value == null) {
            if (required) {
                errors.put(field, "Required");
            }
        } else if (value.length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
