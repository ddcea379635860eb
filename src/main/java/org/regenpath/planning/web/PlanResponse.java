package org.regenpath.planning.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.IrbApproval;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PathwayFacts;
import org.regenpath.planning.PlanApproval;
import org.regenpath.planning.PlanCost;
import org.regenpath.planning.PlanDetails;
import org.regenpath.planning.PlanStatus;
import org.regenpath.planning.PlanVersion;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.PlannedSite;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.planning.RegulatoryRecord;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;

/**
 * A treatment plan as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link PlanView} and the records within it without changing what clients read. Field names, order and values are
 * those clients have always read; every schema keeps its published name.
 */
@Schema(name = "PlanView")
record PlanResponse(
        long id, PatientId patientId, long version, List<Version> versions, Integer inForce,
        ClassificationResponse classification) {

    /** One version of the plan. */
    @Schema(name = "PlanVersion")
    record Version(
            int number, PlanStatus status, Details details, StaffMember editedBy, Instant editedAt,
            Approval approval) {

        static Version of(PlanVersion v) {
            return new Version(v.number(), v.status(), Details.of(v.details()), v.editedBy(), v.editedAt(),
                    Approval.of(v.approval()));
        }
    }

    /** What a version says. */
    @Schema(name = "PlanDetails")
    record Details(
            long targetConditionId, List<Site> sites, Pathway pathway, String processingMethod,
            String processingDevice, ImageGuidance imageGuidance, String rehabilitationProtocol,
            String followUpTemplateId, LocalDate plannedHarvestDate, LocalDate plannedProcedureDate, Cost cost) {

        static Details of(PlanDetails d) {
            return d == null ? null : new Details(d.targetConditionId(), d.sites().stream().map(Site::of).toList(),
                    Pathway.of(d.pathway()), d.processingMethod(), d.processingDevice(), d.imageGuidance(),
                    d.rehabilitationProtocol(), d.followUpTemplateId(), d.plannedHarvestDate(),
                    d.plannedProcedureDate(), Cost.of(d.cost()));
        }
    }

    /** One planned injection site with its dose. */
    @Schema(name = "PlannedSite")
    record Site(InjectionSite site, BigDecimal plannedVolumeMl, Long plannedCells) {

        static Site of(PlannedSite s) {
            return new Site(s.site(), s.plannedVolumeMl(), s.plannedCells());
        }
    }

    /** The regulatory facts the clinician declared. */
    @Schema(name = "PathwayFacts")
    record Pathway(
            CellSource cellSource, ProductType productType, Manipulation manipulation, IntendedUse use,
            boolean sameSurgicalProcedure, boolean remainsSuchHctp, boolean combinedWithAnotherArticle,
            boolean systemicOrLivingCellFunction, boolean bloodRelativeDonor, String homologousUseJustification,
            List<String> siteRegions) {

        static Pathway of(PathwayFacts f) {
            return f == null ? null : new Pathway(f.cellSource(), f.productType(), f.manipulation(), f.use(),
                    f.sameSurgicalProcedure(), f.remainsSuchHctp(), f.combinedWithAnotherArticle(),
                    f.systemicOrLivingCellFunction(), f.bloodRelativeDonor(), f.homologousUseJustification(),
                    f.siteRegions());
        }
    }

    /** What the patient pays. */
    @Schema(name = "PlanCost")
    record Cost(BigDecimal amount, String currency, String covers) {

        static Cost of(PlanCost c) {
            return c == null ? null : new Cost(c.amount(), c.currency(), c.covers());
        }
    }

    /** A version's approval. */
    @Schema(name = "PlanApproval")
    record Approval(
            StaffMember approvedBy, Instant approvedAt, RegulatoryPathway pathway, String rulesVersion,
            Regulatory record) {

        static Approval of(PlanApproval a) {
            return a == null ? null : new Approval(a.approvedBy(), a.approvedAt(), a.pathway(), a.rulesVersion(),
                    Regulatory.of(a.record()));
        }
    }

    /** The regulatory records the approval rests on. */
    @Schema(name = "RegulatoryRecord")
    record Regulatory(
            String indNumber, Irb irbApproval, String trialReference, String establishmentRegistration,
            String donorEligibility) {

        static Regulatory of(RegulatoryRecord r) {
            return r == null ? null : new Regulatory(r.indNumber(), Irb.of(r.irbApproval()), r.trialReference(),
                    r.establishmentRegistration(), r.donorEligibility());
        }
    }

    /** An IRB's approval. */
    @Schema(name = "IrbApproval")
    record Irb(String board, String reference, LocalDate approvedOn) {

        static Irb of(IrbApproval i) {
            return i == null ? null : new Irb(i.board(), i.reference(), i.approvedOn());
        }
    }

    static PlanResponse of(PlanView p) {
        return new PlanResponse(p.id(), p.patientId(), p.version(), p.versions().stream().map(Version::of).toList(),
                p.inForce(), ClassificationResponse.of(p.classification()));
    }
}
