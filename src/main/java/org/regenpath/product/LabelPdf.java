package org.regenpath.product;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.regenpath.shared.DateStyle;

/**
 * Renders labels to PDF: XHTML laid out by openhtmltopdf, barcodes as PNG images from {@link Barcodes}. Pure: no
 * Spring, no database, so a test can render a label and read it back.
 *
 * <p>The product label is a 102 x 51 mm (4 x 2 inch) thermal label; the wristband fits the 25 mm (1 inch) print
 * band of common thermal wristbands. Every label names its template version ({@value #TEMPLATE}), which the print
 * audit also records, so a printed label can be matched to the layout that produced it (FACT-JACIE label version
 * control). Text is escaped; the page may load nothing but its own data URIs.
 */
final class LabelPdf {

    /** The label layout's version; change it whenever what a label shows or where changes. */
    static final String TEMPLATE = "RP-LABEL-3";

    /**
     * The warning 21 CFR 1271.90(c)(1) requires, prominently, on an HCT/P "stored for autologous use"; printed only
     * when the cell source is autologous.
     */
    static final String AUTOLOGOUS_WARNING = "FOR AUTOLOGOUS USE ONLY";

    /**
     * The statement of 21 CFR 1271.90(c)(2). Paragraph (c) reads "As applicable, you must prominently label an HCT/P
     * described in paragraphs (a) and (b) of this section as follows", and (c)(2) asks for this statement unless the
     * donor screening and testing otherwise applicable (1271.75, 1271.80, 1271.85) was performed (eCFR, Title 21,
     * section 1271.90,
     * https://www.ecfr.gov/current/title-21/chapter-I/subchapter-L/part-1271/subpart-C/section-1271.90).
     */
    static final String NOT_EVALUATED_WARNING = "NOT EVALUATED FOR INFECTIOUS SUBSTANCES";

    /** Code 128 module width: 0.25 mm is two dots of a 203 dpi thermal printer, within what scanners read. */
    static final double CODE128_MODULE_MM = 0.25;
    static final double DATAMATRIX_MODULE_MM = 0.6;

    private static final String FONT = "Liberation Sans";
    /** PDFBox ships this font; it covers Latin, Greek and Cyrillic names, which the standard PDF fonts do not. */
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final String PRODUCT_CSS = """
            @page { size: 102mm 51mm; margin: 2mm 3mm; }
            body { margin: 0; font-family: '%1$s', sans-serif; font-size: 7.5pt; line-height: 1.2; }
            .strong { font-family: Helvetica, sans-serif; font-weight: bold; }
            .warning { font-family: Helvetica, sans-serif; font-weight: bold; font-size: 10pt; color: #fff;
                background-color: #000; text-align: center; padding: 0.5mm 0; letter-spacing: 0.4mm; }
            .warning .second { display: block; font-size: 6.5pt; letter-spacing: 0.2mm; }
            table { border-collapse: collapse; width: 100%%; }
            td { padding: 0; vertical-align: top; }
            td.matrix { text-align: right; vertical-align: middle; width: 15mm; }
            .id { font-family: Helvetica, sans-serif; font-weight: bold; font-size: 14pt; margin-top: 0.6mm; }
            .check { border: 0.3mm solid #000; padding: 0 0.6mm; margin-left: 0.8mm; }
            img { display: block; margin-left: auto; }
            td.left img { margin-left: 0; }
            .what { font-family: Helvetica, sans-serif; font-weight: bold; font-size: 8.5pt; margin-top: 0.8mm; }
            .patient { font-size: 9pt; margin-top: 0.8mm; border-top: 0.2mm solid #000; padding-top: 0.6mm; }
            .foot { font-size: 5.5pt; color: #333; margin-top: 0.4mm; }
            """;

    private static final String WRISTBAND_CSS = """
            @page { size: 178mm 25mm; margin: 2mm 4mm; }
            body { margin: 0; font-family: '%1$s', sans-serif; font-size: 8pt; line-height: 1.2; }
            table { border-collapse: collapse; width: 100%%; }
            td { padding: 0; vertical-align: top; }
            td.code { width: 70mm; text-align: right; }
            .name { font-size: 12pt; }
            .strong { font-family: Helvetica, sans-serif; font-weight: bold; }
            .id { font-family: Helvetica, sans-serif; font-size: 7pt; text-align: right; }
            img { display: block; margin-left: auto; }
            .foot { font-size: 5.5pt; color: #333; }
            """;

    static {
        PdfLogging.install();
    }

    private LabelPdf() {
    }

    /** The product label as a one-page PDF. */
    static byte[] product(ProductLabel label) {
        String scan = label.scan();
        Barcodes.Symbol code128 = Barcodes.code128(scan);
        Barcodes.Symbol matrix = Barcodes.dataMatrix(scan);
        String data = scan.substring(0, scan.length() - 1);
        String check = scan.substring(scan.length() - 1);
        StringBuilder body = new StringBuilder();
        if (label.autologous()) {
            // 21 CFR 1271.90(c)(1): "FOR AUTOLOGOUS USE ONLY", prominently, on an HCT/P stored for autologous use;
            // (c)(2): "NOT EVALUATED FOR INFECTIOUS SUBSTANCES" unless the donor was screened and tested.
            body.append("<div class=\"warning\">").append(AUTOLOGOUS_WARNING);
            if (label.notEvaluatedForInfectiousSubstances()) {
                body.append("<span class=\"second\">").append(NOT_EVALUATED_WARNING).append("</span>");
            }
            body.append("</div>");
        }
        body.append("<table><tr><td class=\"left\">")
                .append("<div class=\"id\">").append(escape(data)).append("<span class=\"check\">")
                .append(escape(check)).append("</span></div>")
                .append(image(code128, CODE128_MODULE_MM, "12mm", "Code 128 of " + scan))
                .append("</td><td class=\"matrix\">")
                .append(image(matrix, DATAMATRIX_MODULE_MM, null, "DataMatrix of " + scan))
                .append("</td></tr></table>")
                .append("<div class=\"what\">").append(escape(label.productType().label())).append("</div>")
                .append("<div>").append(escape(label.cellSource().label())).append("</div>")
                .append("<table><tr><td>Collected <span class=\"strong\">")
                .append(DateStyle.time(label.collectedAt(), label.zone()))
                .append("</span></td><td>Expires <span class=\"strong\">")
                .append(DateStyle.time(label.expiresAt(), label.zone())).append("</span></td></tr></table>")
                .append("<div class=\"patient\">").append(patientLine(label.patient())).append("</div>")
                .append("<div class=\"foot\">").append(escape(label.clinic())).append(" &#183; label ")
                .append(TEMPLATE).append("</div>");
        return render(PRODUCT_CSS, "Product label " + scan, body.toString());
    }

    /** The patient's wristband as a one-page PDF. */
    static byte[] wristband(LabelPatient patient, String clinic) {
        String scan = patient.scan();
        Barcodes.Symbol code128 = Barcodes.code128(scan);
        String body = "<table><tr><td>"
                + "<div class=\"name\">" + patientName(patient) + "</div>"
                + "<div>DOB <span class=\"strong\">" + patient.birth() + "</span> &#183; MRN "
                + "<span class=\"strong\">" + escape(patient.mrn()) + "</span></div>"
                + "<div class=\"foot\">" + escape(clinic) + " &#183; wristband " + TEMPLATE + "</div>"
                + "</td><td class=\"code\">"
                + image(code128, 0.33, "12mm", "Code 128 of wristband " + scan)
                + "<div class=\"id\">" + escape(scan) + "</div>"
                + "</td></tr></table>";
        return render(WRISTBAND_CSS, "Wristband", body);
    }

    private static String patientLine(LabelPatient p) {
        return patientName(p) + " &#183; DOB <span class=\"strong\">" + p.birth()
                + "</span> &#183; MRN <span class=\"strong\">" + escape(p.mrn()) + "</span>";
    }

    private static String patientName(LabelPatient p) {
        return escape(p.labelName());
    }

    private static String image(Barcodes.Symbol symbol, double moduleMm, String height, String alt) {
        String width = String.format(Locale.ROOT, "%.2fmm", symbol.widthMm(moduleMm));
        String h = height == null ? width : height;
        return "<img src=\"" + symbol.dataUri() + "\" alt=\"" + escape(alt) + "\" style=\"width: " + width
                + "; height: " + h + ";\"/>";
    }

    private static byte[] render(String css, String title, String body) {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>" + String.format(Locale.ROOT, css, FONT)
                + "</style></head><body>" + body + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(LabelPdf::font, FONT);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Regenpath " + TEMPLATE);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the label", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return PDDocument.class.getResourceAsStream(FONT_RESOURCE);
    }

    /** Escapes text for XHTML, and drops control characters an XML parser would refuse. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7F && c != 0xFFFE && c != 0xFFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
