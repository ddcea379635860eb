package org.regenpath.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What product text (pages, PDFs) must never show: working notes, paths into the team's {@code shared/} folder and
 * its reference files, seed file names, issue numbers and a code search tool's internal ids (issue #11). Sources
 * are cited by author, title, year, DOI or URL instead. Nor may it name a patient by the record's internal number. Each pattern is narrow enough not to match legitimate
 * clinical text; the browser journeys ({@link BrowserIT}) and {@code ProductTextIT} run every page through it.
 */
public final class ProductText {

    /** A forbidden string found on a page, with a little of the text around it. */
    public record Finding(String where, String rule, String excerpt) {
        @Override
        public String toString() {
            return where + ": " + rule + " in \"" + excerpt + "\"";
        }
    }

    private record Rule(String name, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            new Rule("a path into the team's shared/ folder", Pattern.compile("\\bshared/")),
            new Rule("a seed file or the seed texts", Pattern.compile("(?i)\\bseeds?/|\\bthe seeds\\b|\\bseed texts?\\b"
                    + "|\\b\\d{3}_[0-9a-f]{16}\\.txt\\b")),
            new Rule("a reference notes file", Pattern.compile(
                    "(?i)\\b(?:DOMAIN|DESIGN|landscape|clinical-standards|libraries|model-codebases)\\.md\\b")),
            new Rule("an issue number", Pattern.compile("(?i)\\b(?:issue|pull request|PR)\\s*#\\s*\\d+")),
            new Rule("a code search tool's internal id", Pattern.compile("(?i)\\bfind_string\\b|\\bcode index\\b")),
            new Rule("a working note", Pattern.compile("\\bTODO\\b|\\bFIXME\\b|\\bXXX\\b")),
            new Rule("a raw data flag", Pattern.compile("\"?verified\"?\\s*:\\s*(?:false|true)\\b")),
            // Issue #11: a person reads a patient by name, date of birth and MRN (the lab: the label's patient line),
            // never by the record's internal number: "patient #4", or "#4" standing alone in a page's cell or line.
            new Rule("a patient named by record number", Pattern.compile("(?i)\\bpatients?\\s*#\\s*\\d+"
                    + "|>\\s*#\\d+\\s*<|(?m)^\\s*#\\d+\\s*$")),
            new Rule("developer wording about verification",
                    Pattern.compile("(?i)not yet verified against the source|\\bnot re-read here\\b")));

    private ProductText() {}

    /**
     * The forbidden strings in {@code text}, as found on {@code where} (a page's address or name): one finding per
     * kind, with the first match in context and how often it occurs.
     */
    public static List<Finding> scan(String where, String text) {
        List<Finding> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 60);
                int to = Math.min(text.length(), m.end() + 60);
                String first = m.group();
                int times = 1;
                while (m.find()) {
                    times++;
                }
                out.add(new Finding(where, rule.name() + " (\"" + first + "\"" + (times > 1 ? ", " + times
                        + " times" : "") + ")", text.substring(from, to).replaceAll("\\s+", " ")));
            }
        }
        return out;
    }

    /** The text of a PDF, for {@link #scan}. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException("Not a readable PDF", e);
        }
    }

    /** The text to scan in a response: a PDF's extracted text, else the body as it is (HTML, JSON). */
    public static String textOf(String contentType, byte[] body) {
        if (contentType != null && contentType.startsWith("application/pdf")) {
            return pdfText(body);
        }
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether a response of this type is a page or document a person reads (not data for a program). */
    public static boolean isProductText(String contentType) {
        return contentType != null && (contentType.startsWith("text/html") || contentType.startsWith("application/pdf"));
    }
}
