package org.regenpath.followup.web;

import java.net.URI;
import java.util.List;
import org.regenpath.followup.ProblemReports;
import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problems a patient reported (from the portal, or by phone to the care team, who enter them here), newest first.
 * The safety module picks each one up from {@code ProblemReported}.
 */
@RestController
@RequestMapping("/api/patients/{patientId}/problem-reports")
class ProblemReportApi {

    private final ProblemReports problems;
    private final CurrentActor actor;

    ProblemReportApi(ProblemReports problems, CurrentActor actor) {
        this.problems = problems;
        this.actor = actor;
    }

    @GetMapping
    List<ProblemReportResponse> list(@PathVariable long patientId) {
        return problems.reports(actor.get(), PatientId.of(patientId)).stream().map(ProblemReportResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<ProblemReportResponse> report(@PathVariable long patientId,
            @RequestBody ProblemReports.ProblemInput body) {
        var stored = problems.report(actor.get(), PatientId.of(patientId), body);
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/problem-reports"))
                .body(ProblemReportResponse.of(stored));
    }
}
