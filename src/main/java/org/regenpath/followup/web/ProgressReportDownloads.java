package org.regenpath.followup.web;

import org.regenpath.followup.ProgressReports;
import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The progress report PDF: from the chart's Follow-up tab for the care team, and from the portal for the patient's
 * own record (the portal URL names no patient, so a patient cannot ask for anyone else's).
 */
@Controller
class ProgressReportDownloads {

    private final ProgressReports reports;
    private final CurrentActor actor;

    ProgressReportDownloads(ProgressReports reports, CurrentActor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    @GetMapping("/patients/{patientId}/follow-up/progress-report.pdf")
    ResponseEntity<byte[]> staff(@PathVariable long patientId) {
        return pdf(reports.pdf(actor.get(), PatientId.of(patientId)), "progress-report-" + patientId + ".pdf");
    }

    @GetMapping("/portal/progress/report.pdf")
    ResponseEntity<byte[]> portal(Actor a) {
        return pdf(reports.pdf(a, a.patientId()), "my-progress-report.pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
