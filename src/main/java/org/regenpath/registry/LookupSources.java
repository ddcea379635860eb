package org.regenpath.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.regenpath.followup.FollowupLookup;
import org.regenpath.followup.StoredResponse;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.intake.IntakeLookup;
import org.regenpath.intake.PainCondition;
import org.regenpath.planning.PlanLookup;
import org.regenpath.planning.PlanRecord;
import org.regenpath.planning.PlanVersion;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.springframework.stereotype.Component;

/**
 * The registry's sources read through the modules' Lookups (decision 0038). The condition is the one of the plan
 * version the product was collected for, which never changes, so a row built today and one rebuilt a year later
 * are the same.
 */
@Component
class LookupSources implements RegistrySources {

    private final ProcedureLookup procedures;
    private final ProductLookup products;
    private final PlanLookup plans;
    private final IntakeLookup intake;
    private final FollowupLookup followup;

    LookupSources(ProcedureLookup procedures, ProductLookup products, PlanLookup plans, IntakeLookup intake,
            FollowupLookup followup) {
        this.procedures = procedures;
        this.products = products;
        this.plans = plans;
        this.intake = intake;
        this.followup = followup;
    }

    @Override
    public Optional<RegistryTreatment> treatment(Procedure p) {
        return products.byId(p.clinicId(), p.productId()).map(product -> new RegistryTreatment(p.procedureId(),
                p.clinicId(), p.patientId(), p.planId(), p.productId(), p.performedAt(), product.cellSource(),
                product.productType(), condition(p, product)));
    }

    private String condition(Procedure p, ProductView product) {
        Optional<PlanVersion> version = plans.byId(p.clinicId(), p.planId()).map(PlanRecord::versions)
                .flatMap(vs -> vs.stream().filter(v -> v.number() == product.planVersion()).findFirst());
        if (version.isEmpty()) {
            return null;
        }
        long target = version.get().details().targetConditionId();
        return intake.conditionsByPatient(p.clinicId(), p.patientId()).stream().filter(c -> c.id() == target)
                .map(PainCondition::conditionId).findFirst().orElse(null);
    }

    @Override
    public Optional<RegistryResponse> response(ClinicId clinic, long responseId) {
        return followup.responsesByIds(clinic, List.of(responseId)).stream().findFirst().map(r -> row(clinic, r));
    }

    @Override
    public Changes<Procedure> proceduresChangedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return procedures.changedSince(clinic, cursor, limit).map(r -> procedure(clinic, r));
    }

    @Override
    public Changes<RegistryResponse> responsesChangedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return followup.responsesChangedSince(clinic, cursor, limit).map(r -> row(clinic, r));
    }

    private static Procedure procedure(ClinicId clinic, ProcedureRecord r) {
        return new Procedure(r.id(), clinic, r.patientId(), r.planId(), r.productId(), r.performedAt());
    }

    static RegistryResponse row(ClinicId clinic, StoredResponse r) {
        List<RegistryResponse.Score> scores = r.scores().stream().filter(ScaleScore::isScored)
                .map(s -> new RegistryResponse.Score(s.scale(),
                        BigDecimal.valueOf(s.value()).setScale(3, RoundingMode.HALF_UP), s.rawSum(), s.itemCount()))
                .toList();
        return new RegistryResponse(r.id(), clinic, r.patientId(), r.instrumentId(), r.timePointId(), r.answeredOn(),
                r.submittedAt(), r.late(), scores);
    }
}
