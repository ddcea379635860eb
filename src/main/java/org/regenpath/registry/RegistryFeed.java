package org.regenpath.registry;

import org.regenpath.followup.QuestionnaireCompleted;
import org.regenpath.procedure.ProcedureCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The live feed: each recorded procedure and scored questionnaire becomes a registry row. Runs after the
 * publishing transaction commits, in a transaction of its own; the event publication registry retries what fails,
 * and a redelivered event finds its row and writes nothing.
 */
@Component
class RegistryFeed {

    private final RegistryProjection projection;

    RegistryFeed(RegistryProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(ProcedureCompleted event) {
        projection.procedure(new RegistrySources.Procedure(event.procedureId(), event.clinicId(), event.patientId(),
                event.planId(), event.productId(), event.performedAt()));
    }

    @ApplicationModuleListener
    void on(QuestionnaireCompleted event) {
        projection.response(event.clinicId(), event.responseId());
    }
}
