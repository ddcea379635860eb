package org.regenpath.patient.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.identity.CurrentActor;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientSort;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.patient.StageFilter;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PageLink;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The patient registry over JSON; the same rules and audit as the pages. */
@RestController
@RequestMapping("/api/patients")
@Tag(name = "Patients", description = "Patient registry of the signed-in user's clinic")
class PatientApi {

    private final PatientRegistry registry;
    private final CurrentActor actor;

    PatientApi(PatientRegistry registry, CurrentActor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    /** The request body for create and update; {@code version} is required for updates. */
    record PatientRequest(
            String mrn,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            SexAtBirth sexAtBirth,
            String email,
            String phone,
            String postalCode,
            Integer version) {

        PatientDetails details() {
            return new PatientDetails(mrn, givenName, familyName, dateOfBirth, sexAtBirth, email, phone, postalCode);
        }
    }

    @GetMapping
    @Operation(summary = "Search patients by name words, MRN prefix or date of birth, stage and condition, one page"
            + " at a time",
            description = "The body is the page's patients. stage is registered, eligible, not-eligible,"
                    + " plan-approved, treated or follow-up-due; condition is a condition id of the intake catalog"
                    + " (GET /api/conditions). page counts from 0; size is 1 to 200 (default 200); sort is"
                    + " name, mrn, born, registered, stage, condition or due (next follow-up due day), dir asc or"
                    + " desc. The total is in X-Total-Count, the first, previous and next pages in the Link header"
                    + " (RFC 8288).")
    ResponseEntity<List<PatientResponse>> search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "born", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate born,
            @RequestParam(name = "stage", required = false) String stage,
            @RequestParam(name = "condition", required = false) String condition,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "dir", required = false) String dir,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "size", required = false) Integer size,
            HttpServletRequest request) {
        PatientSort order = sort == null || sort.isBlank() ? PatientSort.NAME : PatientSort.ofKey(sort);
        if (order == null) {
            throw InvalidInput.of("sort", "Sort by name, mrn, born, registered, stage, condition or due");
        }
        StageFilter at = stage == null || stage.isBlank() ? null : StageFilter.ofKey(stage);
        if (at == null && stage != null && !stage.isBlank()) {
            throw InvalidInput.of("stage",
                    "Use registered, eligible, not-eligible, plan-approved, treated or follow-up-due");
        }
        if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
            throw InvalidInput.of("dir", "Use asc or desc");
        }
        ResultPage<PatientResponse> found = registry.list(actor.get(), q, born, at, condition, order,
                        "desc".equals(dir), Paging.of(page, size, Paging.MAX_SIZE))
                .map(e -> PatientResponse.of(e.patient()));
        return ResponseEntity.ok()
                .headers(PageLink.headers(request.getRequestURI(), request.getParameterMap(), found))
                .body(found.items());
    }

    @PostMapping
    @Operation(summary = "Register a patient; a blank MRN gets the next free one")
    ResponseEntity<PatientResponse> register(@RequestBody PatientRequest request) {
        PatientView created = registry.register(actor.get(), request.details());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{id}")
                        .buildAndExpand(created.id().value())
                        .toUri())
                .body(PatientResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one patient")
    PatientResponse get(@PathVariable("id") long id) {
        return PatientResponse.of(registry.get(actor.get(), PatientId.of(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update demographics; send the version you read, a stale one gets 409")
    ResponseEntity<PatientResponse> update(@PathVariable("id") long id, @RequestBody PatientRequest request) {
        if (request.version() == null) {
            throw InvalidInput.of("version", "Send the version you read");
        }
        return ResponseEntity.status(HttpStatus.OK)
                .body(PatientResponse.of(
                        registry.update(actor.get(), PatientId.of(id), request.details(), request.version())));
    }
}
