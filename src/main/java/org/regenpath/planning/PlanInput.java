package org.regenpath.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;

/**
 * A plan version as a form or the JSON API sends it: every field may be missing or wrong. {@link #toDetails()}
 * builds the {@link PlanDetails} and reports every problem at once, each under the field the caller sent
 * ({@code sites[0].plannedVolumeMl}, {@code pathway.cellSource}).
 */
public record PlanInput(
        Long targetConditionId,
        List<SiteInput> sites,
        PathwayInput pathway,
        String processingMethod,
        String processingDevice,
        ImageGuidance imageGuidance,
        String rehabilitationProtocol,
        String followUpTemplateId,
        LocalDate plannedHarvestDate,
        LocalDate plannedProcedureDate,
        CostInput cost) {

    /** The question a saved plan must answer itself: no default decides it. */
    public static final String SYSTEMIC_UNANSWERED = "Answer yes or no: does the product have a systemic effect or"
            + " depend on the activity of living cells?";

    /** One injection site and its dose. */
    public record SiteInput(String region, Laterality laterality, BigDecimal plannedVolumeMl, Long plannedCells) {}

    /** What the patient pays; all fields empty means not stated yet. */
    public record CostInput(BigDecimal amount, String currency, String covers) {

        boolean isEmpty() {
            return amount == null && (currency == null || currency.isBlank()) && (covers == null || covers.isBlank());
        }
    }

    /**
     * The regulatory facts; missing booleans take the cautious defaults of {@link PathwayFacts#of} for a live
     * classification, but a saved plan must answer the systemic-effect question ({@link #toDetails()}). The site
     * regions matter only to the live classification of a form: a plan's are always its sites'.
     */
    public record PathwayInput(
            CellSource cellSource,
            ProductType productType,
            Manipulation manipulation,
            IntendedUse use,
            Boolean sameSurgicalProcedure,
            Boolean remainsSuchHctp,
            Boolean combinedWithAnotherArticle,
            Boolean systemicOrLivingCellFunction,
            Boolean bloodRelativeDonor,
            String homologousUseJustification,
            List<String> siteRegions) {

        /**
         * @throws InvalidInput naming each missing fact
         */
        public PathwayFacts toFacts() {
            return new PathwayFacts(cellSource, productType, manipulation, use, is(sameSurgicalProcedure, false),
                    is(remainsSuchHctp, false), is(combinedWithAnotherArticle, false),
                    is(systemicOrLivingCellFunction, true), is(bloodRelativeDonor, false), homologousUseJustification,
                    siteRegions);
        }

        private static boolean is(Boolean value, boolean fallback) {
            return value == null ? fallback : value;
        }
    }

    /**
     * @throws InvalidInput listing every wrong field
     */
    public PlanDetails toDetails() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PlannedSite> planned = sites(errors);
        PathwayFacts facts = null;
        if (pathway == null) {
            errors.put("pathway", "Answer the regulatory questions: cell source, product type and use");
        } else {
            if (pathway.systemicOrLivingCellFunction() == null) {
                errors.put("pathway.systemicOrLivingCellFunction", SYSTEMIC_UNANSWERED);
            }
            try {
                facts = pathway.toFacts();
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((f, m) -> errors.put("pathway." + f, m));
            }
        }
        PlanCost planCost = cost(errors);
        try {
            PlanDetails details = new PlanDetails(targetConditionId == null ? 0 : targetConditionId, planned,
                    facts, processingMethod, processingDevice, imageGuidance, rehabilitationProtocol,
                    followUpTemplateId, plannedHarvestDate, plannedProcedureDate, planCost);
            if (errors.isEmpty()) {
                return details;
            }
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((f, m) -> {
                boolean covered = errors.keySet().stream().anyMatch(k -> k.startsWith(f + ".") || k.startsWith(f
                        + "["));
                if (!covered) {
                    errors.putIfAbsent(f, m);
                }
            });
        }
        throw new InvalidInput(errors);
    }

    private PlanCost cost(Map<String, String> errors) {
        if (cost == null || cost.isEmpty()) {
            return null;
        }
        try {
            return new PlanCost(cost.amount(), cost.currency(), cost.covers());
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((f, m) -> errors.put("cost." + f, m));
            return null;
        }
    }

    private List<PlannedSite> sites(Map<String, String> errors) {
        List<PlannedSite> planned = new ArrayList<>();
        List<SiteInput> given = sites == null ? List.of() : sites;
        for (int i = 0; i < given.size(); i++) {
            SiteInput s = given.get(i);
            String prefix = "sites[" + i + "].";
            if (s == null) {
                continue;
            }
            if (s.laterality() == null) {
                errors.put(prefix + "laterality", s.region() == null || s.region().isBlank() ? "Choose the side"
                        : "Choose the side of the " + s.region().strip());
                continue;
            }
            try {
                planned.add(new PlannedSite(new InjectionSite(s.region(), s.laterality()), s.plannedVolumeMl(),
                        s.plannedCells()));
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((f, m) -> errors.put(prefix + f, m));
            }
        }
        return planned;
    }
}
