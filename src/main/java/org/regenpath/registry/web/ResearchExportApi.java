package org.regenpath.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.regenpath.identity.CurrentActor;
import org.regenpath.registry.ResearchExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The de-identified research export of the caller's clinic, for its researchers and clinic admins: CSV with a data
 * dictionary, and FHIR R4 NDJSON. Dates are cut to the year unless {@code dates=shifted} asks for them moved by a
 * secret number of days per patient (intervals kept; not Safe Harbor, for sharing under a data use agreement).
 * Written straight to the response once the caller is authorised and the rows are read.
 */
@RestController
class ResearchExportApi {

    private static final String DATES = "year (default: dates cut to the year, the HIPAA Safe Harbor rule) or"
            + " shifted (each patient's dates moved by a secret 1 to 182 days, intervals kept: not Safe Harbor,"
            + " share only under a data use agreement)";

    private final ResearchExport export;
    private final CurrentActor actor;

    ResearchExportApi(ResearchExport export, CurrentActor actor) {
        this.export = export;
        this.actor = actor;
    }

    @Operation(summary = "The clinic's de-identified registry data as CSV (HIPAA Safe Harbor)",
            responses = @ApiResponse(responseCode = "200", description = "One row per scored scale of each answer",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping("/api/registry/export.csv")
    void csv(@RequestParam(required = false) @io.swagger.v3.oas.annotations.Parameter(description = DATES)
            String dates, HttpServletResponse response) {
        export.csv(actor.get(), dates, () -> open(response, "text/csv", "registry-export.csv"));
    }

    @Operation(summary = "The data dictionary of the research export: each column, its unit and de-identification",
            responses = @ApiResponse(responseCode = "200", description = "One row per column",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @GetMapping("/api/registry/export-dictionary.csv")
    void dictionary(HttpServletResponse response) {
        export.dictionary(actor.get(), () -> open(response, "text/csv", "registry-export-dictionary.csv"));
    }

    @Operation(summary = "The clinic's de-identified registry data as FHIR R4 NDJSON (HIPAA Safe Harbor)",
            responses = @ApiResponse(responseCode = "200",
                    description = "One Patient, Procedure or Observation resource a line",
                    content = @Content(mediaType = "application/fhir+ndjson", schema = @Schema(type = "string"))))
    @GetMapping("/api/registry/export.ndjson")
    void ndjson(@RequestParam(required = false) @io.swagger.v3.oas.annotations.Parameter(description = DATES)
            String dates, HttpServletResponse response) {
        export.ndjson(actor.get(), dates, () -> open(response, "application/fhir+ndjson", "registry-export.ndjson"));
    }

    private static Writer open(HttpServletResponse response, String type, String file) {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        try {
            return response.getWriter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
