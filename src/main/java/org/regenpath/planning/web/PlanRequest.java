package org.regenpath.planning.web;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.PlanInput;

/** A plan version in a request body; {@code version} is required when editing (the plan's version you read). */
record PlanRequest(
        Long targetConditionId,
        List<PlanInput.SiteInput> sites,
        PlanInput.PathwayInput pathway,
        String processingMethod,
        String processingDevice,
        ImageGuidance imageGuidance,
        String rehabilitationProtocol,
        String followUpTemplateId,
        LocalDate plannedHarvestDate,
        LocalDate plannedProcedureDate,
        PlanInput.CostInput cost,
        Long version) {

    PlanInput toInput() {
        return new PlanInput(targetConditionId, sites, pathway, processingMethod, processingDevice, imageGuidance,
                rehabilitationProtocol, followUpTemplateId, plannedHarvestDate, plannedProcedureDate, cost);
    }
}
