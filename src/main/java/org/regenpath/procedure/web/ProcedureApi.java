package org.regenpath.procedure.web;

import java.net.URI;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.procedure.ProcedureInput;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.procedure.Procedures;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The procedure record JSON API: a patient's procedures. Errors are RFC 9457 ProblemDetails. */
@RestController
@RequestMapping("/api/patients/{patientId}/procedures")
class ProcedureApi {

    private final Procedures procedures;
    private final CurrentActor actor;

    ProcedureApi(Procedures procedures, CurrentActor actor) {
        this.procedures = procedures;
        this.actor = actor;
    }

    @GetMapping
    List<ProcedureResponse> list(@PathVariable long patientId) {
        return procedures.list(actor.get(), PatientId.of(patientId)).stream().map(ProcedureResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<ProcedureResponse> record(@PathVariable long patientId, @RequestBody ProcedureInput body) {
        ProcedureRecord recorded = procedures.record(actor.get(), PatientId.of(patientId), body);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/procedures")).body(ProcedureResponse.of(recorded));
    }
}
