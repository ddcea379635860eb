package org.regenpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product-text scan finds what issue #11 found on pages, and leaves real citations and clinical text alone. */
class ProductTextTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "Sources: shared/seeds/001_2856971da7c63e60.txt: paintreatmentdirectory.com (2021), marketing text",
        "For tendon problems the seeds themselves say the data are limited",
        "Regenpath domain description (shared/DOMAIN.md), from the seed texts",
        "element as summarised in landscape.md section 11 (not yet verified against the source)",
        "Table value not yet checked (clinical-standards.md Appendix A).",
        "Source: Issue #5: NRS + KOOS JR",
        "a TypeScript scorer (code index find_string id 58570865732)",
        "TODO: cite the trial",
        "{\"code\": \"M75.41\", \"verified\": false}",
        "Cell products of patient #41",
        "Wristband read: Patient # 7.",
        "<td><span>#41</span><br><a href=\"/trace/patients/41\">all products</a></td>",
        "Treatment plan 3 of patients #12"})
    void findsWorkingNotesAndInternalReferences(String text) {
        assertThat(ProductText.scan("page", text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lyman S et al., Clin Orthop Relat Res 2016;474(6):1461-1471, doi:10.1007/s11999-016-4719-1",
        "ICHOM Low Back Pain standard set (https://connect.ichom.org/standard-sets/low-back-pain/)",
        "21 CFR 1271.10(a)(1); issued 2017, https://www.fda.gov/media/109176/download",
        "Plan 12, version 3. Kit lot DEMO-BMC-0001. Room #4. The clinic has not yet checked this against the "
                + "original document.",
        "<a href=\"#41\">Back to the top</a> <p>Bed #4</p> SMITH, Ann · DOB 1958-03-09 · MRN RP-000101",
        "Shared decision-making: the patient and clinician decide together; verified by the clinician."})
    void leavesCitationsAndClinicalTextAlone(String text) {
        assertThat(ProductText.scan("page", text)).isEmpty();
    }

    @Test
    void findsThemInAPdfsText() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRendererBuilder().withHtmlContent("<html><body><p>Sources: shared/seeds/001_2856971da7c63e60.txt</p>"
                + "<p>Lyman S et al., 2016</p></body></html>", null).toStream(pdf).run();
        assertThat(ProductText.scan("label.pdf", ProductText.textOf("application/pdf", pdf.toByteArray())))
                .extracting(ProductText.Finding::rule).anySatisfy(r -> assertThat(r).contains("shared/"));
    }
}
