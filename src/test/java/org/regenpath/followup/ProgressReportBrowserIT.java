package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.PatientId;
import org.regenpath.support.BrowserIT;
import org.regenpath.support.ProductText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The coordinator opens a treated patient's Follow-up tab, reads what MCID means where the word appears, and
 * downloads the progress report: the PDF names the patient and states an instrument, its scores and its MCID in
 * plain words.
 */
class ProgressReportBrowserIT extends BrowserIT {

    @Autowired
    ApplicationContext beans;

    @Test
    void theCoordinatorDownloadsTheProgressReportAndItSaysWhatTheScoresMean() throws Exception {
        TreatmentPath path = new TreatmentPath(beans, DEMO_PASSWORD);
        LocalDate today = LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);
        PatientId p = path.planned("Reportson", "Ines", today.plusDays(1));
        path.answerPain(p, "baseline", 7);
        path.treat(p);
        path.window(p, "1m", today.minusDays(10), today.plusDays(5));
        path.answerPain(p, "1m", 3);

        signIn(TreatmentPath.COORDINATOR);
        page.navigate(url("/patients/" + p.value() + "/follow-up"));
        page.locator("details[data-glossary=mcid] summary").first().click();
        assertThat(page.locator("details[data-glossary=mcid] .jargon-text").first().innerText())
                .contains("smallest change in a questionnaire score");
        screenshot("progress-report-followup-tab");
        Download download = page.waitForDownload(() -> page.locator("#progress-report").click());
        String text = ProductText.pdfText(Files.readAllBytes(download.path())).replaceAll("\\s+", " ");
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        assertThat(text).contains("REPORTSON, Ines", "Pain intensity (NRS-11)", " 7 ", " 3 ",
                "is the smallest change patients notice");
    }
}
