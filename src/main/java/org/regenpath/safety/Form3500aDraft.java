package org.regenpath.safety;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.regenpath.shared.DateStyle;

/**
 * Renders a draft of Form FDA 3500A for one adverse event: every block of the sections a cell product report needs
 * ({@code clinical/safety/fda-3500a-fields.json}) with the value Regenpath holds, or a visible mark that the block
 * is to be completed by hand, either because Regenpath does not hold that fact at all or because it was not
 * recorded for this event. The header says that it is a draft for the reporter to check and complete, never a
 * submission: Regenpath sends nothing to FDA. Pure: no Spring, no database (openhtmltopdf, as the labels).
 */
public final class Form3500aDraft {

    /** The header every draft carries. */
    public static final String DRAFT_NOTICE = "DRAFT for the reporter to check and complete. This is not a"
            + " submission: Regenpath has not sent it to FDA, and nothing here is reported until the reporter submits"
            + " the form.";

    /** The mark on a block whose fact Regenpath does not hold. */
    public static final String NOT_HELD = "Not held by Regenpath \u2014 complete by hand";

    /** The mark on a block whose fact Regenpath holds but was not recorded for this event. */
    public static final String NOT_RECORDED = "Not recorded in Regenpath for this event \u2014 complete by hand";

    private static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String CSS = """
            @page { size: letter; margin: 14mm 14mm;
                @bottom-center { content: "Draft Form FDA 3500A, not a submission \u00b7 page " counter(page)
                    " of " counter(pages); font-size: 8pt; color: #555; } }
            body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.3; }
            h1 { font-size: 15pt; margin: 0 0 2mm 0; } h2 { font-size: 11.5pt; margin: 5mm 0 1mm 0; }
            .notice { border: 0.6mm solid #000; padding: 2mm; font-size: 10.5pt; margin: 2mm 0; }
            table { border-collapse: collapse; width: 100%; } tr { page-break-inside: avoid; }
            th, td { border: 0.3mm solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #eee; } td.block { width: 11mm; } td.label { width: 62mm; }
            .missing { border: 0.3mm dashed #000; background: #eee; padding: 0 1mm; }
            .due { border-left: 1.2mm solid #000; padding-left: 2mm; }
            .muted { color: #444; font-size: 8.5pt; }
            """;

    private Form3500aDraft() {}

    /** The draft as a PDF, with the shipped list of blocks. */
    public static byte[] render(Form3500aFacts facts) {
        return render(Form3500aFields.standard(), facts);
    }

    static byte[] render(Form3500aFields fields, Form3500aFacts facts) {
        Map<String, String> values = facts.values();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(fields.form())).append(": draft</h1>")
                .append("<p class=\"notice\">").append(esc(DRAFT_NOTICE)).append("</p>")
                .append("<p class=\"muted\">Made on ").append(esc(DateStyle.day(facts.draftedOn(), facts.zone())))
                .append(" by ").append(esc(facts.reporter().clinic())).append(". Dates are the clinic's ("
                        + "").append(esc(facts.zone().getId())).append("), in the form's style dd-mmm-yyyy. Form: ")
                .append(esc(fields.url())).append(". Block numbers were checked against ")
                .append(esc(fields.verifiedAgainst())).append(" Blocks marked * were not; check them against the"
                        + " form in use. Sections D, F and H concern devices, user facilities and importers and are"
                        + " left blank when only a biologic is suspect.</p>");
        if (facts.clock() != null) {
            ReportingClock c = facts.clock();
            b.append("<p class=\"due\">Due by the end of ").append(esc(DateStyle.day(c.deadline(), c.zone())))
                    .append(", clinic time: ").append(esc(c.rule().asks())).append(", ")
                    .append(esc(c.rule().citation())).append(", ").append(c.rule().days())
                    .append(" calendar days from the day the clinic first knew, ")
                    .append(esc(DateStyle.day(c.dayZero(), c.zone()))).append(".</p>");
        } else {
            b.append("<p>No mandatory reporting clock applies to this event; a voluntary report is possible.</p>");
        }
        for (Form3500aFields.Section s : fields.sections()) {
            b.append("<h2>").append(esc(s.section())).append(". ").append(esc(s.title())).append("</h2><table>")
                    .append("<tr><th>Block</th><th>Field</th><th>Value</th></tr>");
            for (Form3500aFields.Field f : s.fields()) {
                b.append("<tr><td class=\"block\">").append(esc(f.block())).append(f.verified() ? "" : "*")
                        .append("</td><td class=\"label\">").append(esc(f.label())).append("</td><td>")
                        .append(value(f, values));
                if (f.note() != null) {
                    b.append("<div class=\"muted\">").append(esc(f.note())).append("</div>");
                }
                b.append("</td></tr>");
            }
            b.append("</table>");
        }
        return pdf("Draft Form FDA 3500A", b.toString());
    }

    private static String value(Form3500aFields.Field f, Map<String, String> values) {
        if (f.fact() == null) {
            return "<span class=\"missing\">" + esc(NOT_HELD) + "</span>";
        }
        String v = values.get(f.fact());
        return v == null || v.isBlank() ? "<span class=\"missing\">" + esc(NOT_RECORDED) + "</span>" : esc(v);
    }

    private static byte[] pdf(String title, String body) {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body>" + body + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(Form3500aDraft::font, FONT);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Regenpath draft Form FDA 3500A");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the draft Form FDA 3500A", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return PDDocument.class.getResourceAsStream(FONT_RESOURCE);
    }

    /** Escapes text for XHTML and drops control characters an XML parser would refuse. */
    static String esc(String text) {
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
