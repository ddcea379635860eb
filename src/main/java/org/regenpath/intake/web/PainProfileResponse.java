package org.regenpath.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.regenpath.intake.PainProfile;
import org.regenpath.shared.PatientId;

/**
 * A patient's pain profile as the JSON API sends it (decision 0038): every condition (entered-in-error ones
 * included) and the health screen, in the API's own types, so the module may change {@link PainProfile} without
 * changing what clients read. The schema keeps its published name.
 */
@Schema(name = "PainProfile")
record PainProfileResponse(
        PatientId patientId, List<PainConditionResponse> conditions, HealthScreenResponse healthScreen) {

    static PainProfileResponse of(PainProfile p) {
        return new PainProfileResponse(p.patientId(), Responses.each(p.conditions(), PainConditionResponse::of),
                p.healthScreen() == null ? null : HealthScreenResponse.of(p.healthScreen()));
    }
}
