package org.regenpath.followup.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.FollowupResponses;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.FollowupTrajectories;
import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up JSON API: a patient's schedules and outcome trajectories, changing a schedule's protocol, and
 * answering its questionnaires (open, save a draft, submit once). Answers are given as question linkId → answer
 * ordinal (for the NRS, the number chosen). Errors are RFC 9457 ProblemDetails naming the field.
 */
@RestController
@RequestMapping("/api/patients/{patientId}/follow-up")
class FollowupApi {

    /** A change of protocol. */
    record Regeneration(String templateId, String instrumentSetId, Integer version) {}

    /**
     * Answers; for a draft the version it started from; for staff entering the patient's answers, the day the
     * patient answered ({@code answeredOn}, required then).
     */
    record AnswersBody(Map<String, Integer> answers, Integer version, LocalDate answeredOn) {}

    private final FollowupSchedules schedules;
    private final FollowupResponses responses;
    private final FollowupTrajectories trajectories;
    private final CurrentActor actor;

    FollowupApi(FollowupSchedules schedules, FollowupResponses responses, FollowupTrajectories trajectories,
            CurrentActor actor) {
        this.schedules = schedules;
        this.responses = responses;
        this.trajectories = trajectories;
        this.actor = actor;
    }

    @GetMapping
    List<ScheduleResponse> schedules(@PathVariable long patientId) {
        return schedules.schedules(actor.get(), PatientId.of(patientId)).stream().map(ScheduleResponse::of).toList();
    }

    /**
     * Per schedule, instrument and scale: the scores over time, the baseline, the MCID threshold line and the
     * responder status at each follow-up, with how many time points they rest on.
     */
    @GetMapping("/trajectory")
    List<TrajectoryResponse> trajectory(@PathVariable long patientId) {
        return trajectories.trajectories(actor.get(), PatientId.of(patientId)).stream().map(TrajectoryResponse::of)
                .toList();
    }

    @PostMapping("/{scheduleId}/regeneration")
    ScheduleResponse regenerate(@PathVariable long patientId, @PathVariable long scheduleId,
            @RequestBody Regeneration body) {
        return ScheduleResponse.of(schedules.regenerate(actor.get(), PatientId.of(patientId), scheduleId,
                body.templateId(), body.instrumentSetId(), version(body.version())));
    }

    @GetMapping("/tasks/{taskId}")
    QuestionnaireTaskResponse task(@PathVariable long patientId, @PathVariable long taskId) {
        return QuestionnaireTaskResponse.of(responses.open(actor.get(), PatientId.of(patientId), taskId));
    }

    @PutMapping("/tasks/{taskId}/draft")
    TaskResponse draft(@PathVariable long patientId, @PathVariable long taskId, @RequestBody AnswersBody body) {
        return TaskResponse.of(responses.saveDraft(actor.get(), PatientId.of(patientId), taskId, body.answers(),
                version(body.version())));
    }

    @PostMapping("/tasks/{taskId}/response")
    ResponseEntity<SubmissionResponse> submit(@PathVariable long patientId, @PathVariable long taskId,
            @RequestBody AnswersBody body) {
        var stored = responses.submit(actor.get(), PatientId.of(patientId), taskId, body.answers(),
                body.answeredOn());
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/follow-up/tasks/" + taskId))
                .body(SubmissionResponse.of(stored));
    }

    /** The version a change started from, which the caller must send back. */
    static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "Send back the version you started from.");
        }
        return version;
    }
}
