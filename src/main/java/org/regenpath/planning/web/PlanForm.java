package org.regenpath.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanDetails;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan editor's form: one injection site (the JSON API takes several), the regulatory facts, the rest. */
record PlanForm(
        Long targetConditionId,
        String siteRegion,
        Laterality siteLaterality,
        BigDecimal siteVolumeMl,
        Long siteCells,
        CellSource cellSource,
        ProductType productType,
        Manipulation manipulation,
        IntendedUse use,
        Boolean sameSurgicalProcedure,
        Boolean remainsSuchHctp,
        Boolean combinedWithAnotherArticle,
        Boolean systemicOrLivingCellFunction,
        Boolean bloodRelativeDonor,
        String processingMethod,
        String processingDevice,
        ImageGuidance imageGuidance,
        String rehabilitationProtocol,
        String followUpTemplateId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedHarvestDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedProcedureDate,
        Long version) {

    static PlanForm empty() {
        return new PlanForm(null, "", null, null, null, null, null, null, null, null, null, null, null, null, "", "",
                null, "", "", null, null, 0L);
    }

    static PlanForm of(PlanDetails d, long version) {
        PlannedSite s = d.sites().get(0);
        var f = d.pathway();
        return new PlanForm(d.targetConditionId(), s.site().region(), s.site().laterality(), s.plannedVolumeMl(),
                s.plannedCells(), f.cellSource(), f.productType(), f.manipulation(), f.use(),
                f.sameSurgicalProcedure(), f.remainsSuchHctp(), f.combinedWithAnotherArticle(),
                f.systemicOrLivingCellFunction(), f.bloodRelativeDonor(), d.processingMethod(), d.processingDevice(),
                d.imageGuidance(), d.rehabilitationProtocol(), d.followUpTemplateId(), d.plannedHarvestDate(),
                d.plannedProcedureDate(), version);
    }

    PlanInput.PathwayInput pathway() {
        return new PlanInput.PathwayInput(cellSource, productType, manipulation, use, checked(sameSurgicalProcedure),
                checked(remainsSuchHctp), checked(combinedWithAnotherArticle), checked(systemicOrLivingCellFunction),
                checked(bloodRelativeDonor));
    }

    PlanInput toInput() {
        return new PlanInput(targetConditionId, List.of(new PlanInput.SiteInput(siteRegion, siteLaterality,
                siteVolumeMl, siteCells)), pathway(), processingMethod, processingDevice, imageGuidance,
                rehabilitationProtocol, followUpTemplateId, plannedHarvestDate, plannedProcedureDate);
    }

    /** An unticked checkbox is not sent: on a form, missing means no. */
    private static Boolean checked(Boolean value) {
        return value != null && value;
    }
}
