package org.regenpath.followup;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.regenpath.instrument.Direction;

/**
 * Renders a patient's progress report: who, which treatment, and per instrument the scores over time as a chart and
 * a table with the responder status at each time point, the instrument's MCID in plain words with its source, how
 * many time points the figures rest on and which were not answered, and the caveat that one patient's change is not
 * evidence that a treatment works. The numbers are the trajectories the follow-up pages show. Pure: no Spring.
 */
final class ProgressPdf {

    static final String CAVEAT = "These are one person's scores. A change in one patient's scores, however large, is"
            + " not evidence that the treatment works: pain changes over time for many reasons (its natural course,"
            + " other treatments, expectations). Only controlled studies of many patients can show that.";

    private static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String CSS = """
            @page { size: A4; margin: 16mm 15mm; @bottom-center { content: "Regenpath progress report · page "
                counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
            body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.35; }
            h1 { font-size: 17pt; margin: 0 0 2mm 0; } h2 { font-size: 13pt; margin: 6mm 0 1mm 0; }
            h3 { font-size: 11pt; margin: 5mm 0 1mm 0; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
            th, td { border: 0.3mm solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #eee; } .muted { color: #444; font-size: 9pt; }
            .caveat { border: 0.4mm solid #333; padding: 2mm; margin-top: 4mm; }
            .instrument { page-break-inside: avoid; } img { width: 170mm; }
            """;

    /**
     * One treatment.
     *
     * @param day when it was performed
     * @param sites where, in words
     * @param product what was injected, in words
     */
    record Treatment(LocalDate day, String sites, String product) {}

    /**
     * What the report shows about the patient.
     *
     * @param name the patient's name, family name first
     * @param mrn the medical record number
     * @param dateOfBirth the date of birth
     * @param clinic the clinic's name
     * @param generatedOn the day the report was made
     */
    record Header(String name, String mrn, LocalDate dateOfBirth, String clinic, LocalDate generatedOn) {}

    private ProgressPdf() {}

    static byte[] render(Header header, List<Treatment> treatments, List<ScheduleTrajectory> schedules) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Progress report</h1>")
                .append("<table><tr><th>Patient</th><td>").append(esc(header.name())).append("</td><th>MRN</th><td>")
                .append(esc(header.mrn())).append("</td></tr><tr><th>Date of birth</th><td>")
                .append(day(header.dateOfBirth())).append("</td><th>Clinic</th><td>").append(esc(header.clinic()))
                .append("</td></tr></table>")
                .append("<p class=\"muted\">For the patient and their referring physician. Made on ")
                .append(day(header.generatedOn())).append(" from the answers recorded so far.</p>");
        b.append("<h2>Treatment</h2>");
        if (treatments.isEmpty()) {
            b.append("<p>No procedure is recorded yet.</p>");
        } else {
            b.append("<table><tr><th>Date</th><th>Site</th><th>Product</th></tr>");
            treatments.forEach(t -> b.append("<tr><td>").append(day(t.day())).append("</td><td>")
                    .append(esc(t.sites())).append("</td><td>").append(esc(t.product())).append("</td></tr>"));
            b.append("</table>");
        }
        if (schedules.isEmpty()) {
            b.append("<p>No follow-up questionnaires are scheduled.</p>");
        }
        for (ScheduleTrajectory s : schedules) {
            b.append("<h2>Follow-up of ").append(esc(s.conditionName() == null ? "the treated condition"
                    : s.conditionName())).append("</h2>");
            for (InstrumentTrajectory t : s.instruments()) {
                instrument(b, t);
            }
        }
        b.append("<p class=\"caveat\">").append(esc(CAVEAT)).append("</p>");
        return pdf("Progress report " + header.name(), b.toString());
    }

    /** The MCID in plain words with its source, as the report states it; {@code null} without an MCID. */
    static String mcidSentence(InstrumentTrajectory t) {
        if (t.mcid() == null) {
            return null;
        }
        return "A change of at least " + Trajectories.number(t.mcid().value()) + " " + t.mcid().unit() + " is the"
                + " smallest change patients notice (the minimal clinically important difference, MCID). Source: "
                + t.mcid().source() + ".";
    }

    private static void instrument(StringBuilder b, InstrumentTrajectory t) {
        b.append("<div class=\"instrument\"><h3>").append(esc(t.name())).append("</h3>");
        String mcid = mcidSentence(t);
        if (mcid != null) {
            b.append("<p>").append(esc(mcid));
            if (t.thresholdText() != null) {
                b.append(" The shaded band runs from the score before treatment (").append(esc(t.baselineText()))
                        .append(") to ").append(esc(t.thresholdText())).append(": a later score beyond it is a change"
                                + " large enough to notice.");
            }
            b.append("</p>");
        } else if (t.chartable()) {
            b.append("<p>No single published smallest noticeable change (MCID) is used for this questionnaire.")
                    .append(t.thresholdNote() == null ? "" : " " + esc(t.thresholdNote())).append("</p>");
        }
        if (t.direction() != Direction.NOT_ORDERED) {
            b.append("<p class=\"muted\">Scores run from ").append(Trajectories.number(t.min())).append(" to ")
                    .append(Trajectories.number(t.max())).append("; ")
                    .append(t.direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher").append(" is better.")
                    .append(" The dashed line is the score before treatment.</p>");
        }
        String chart = ProgressChart.dataUri(t);
        if (chart != null) {
            b.append("<img src=\"").append(chart).append("\" alt=\"").append(esc(t.name()))
                    .append(": the scores in the table below\"/>");
        }
        b.append("<table><tr><th>Time point</th><th>Due</th><th>Answered</th><th>Score</th>"
                + "<th>Compared with before treatment</th></tr>");
        for (TrajectoryPoint p : t.points()) {
            b.append("<tr><td>").append(esc(p.timePointLabel())).append("</td><td>").append(day(p.dueOn()))
                    .append("</td><td>").append(p.answered() ? day(p.answeredOn()) + (p.late() ? " (late)" : "")
                            : esc(p.state().label())).append("</td><td>")
                    .append(p.scoreText() != null ? esc(p.scoreText()) : p.band() != null ? esc(p.band())
                            : p.answered() ? "Not scored" : "—")
                    .append("</td><td>").append(p.baseline() ? "—" : esc(p.verdict() == null ? "—" : p.verdict()))
                    .append("</td></tr>");
        }
        b.append("</table><p class=\"muted\">").append(esc(t.summary()));
        List<String> missed = t.points().stream().filter(p -> !p.answered() && (p.state() == TaskState.MISSED
                || p.state() == TaskState.OVERDUE)).map(TrajectoryPoint::timePointLabel).toList();
        if (!missed.isEmpty()) {
            b.append(" Not answered: ").append(esc(String.join(", ", missed))).append('.');
        }
        b.append("</p></div>");
    }

    private static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    private static byte[] pdf(String title, String body) {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body>" + body + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ProgressPdf::font, FONT);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Regenpath progress report");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the progress report", e);
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
