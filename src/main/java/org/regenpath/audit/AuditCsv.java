package org.regenpath.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Audit rows as CSV for the auditor's spreadsheet: RFC 4180 (comma separated, CRLF line ends, a field with a comma,
 * quote or line break in double quotes and its quotes doubled), UTF-8. A cell that begins with {@code = + - @}, tab or
 * carriage return gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a
 * formula (OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection).
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("When (UTC)", "User", "Role", "Patient", "Patient id", "Action",
            "Record type", "Record id", "Outcome", "Address", "Detail");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void header() {
        row(HEADER);
    }

    void entry(AuditEntry e) {
        AuditRecord r = e.record();
        row(List.of(WHEN.format(r.occurredAt()), text(r.username()), e.role(), text(e.patient()),
                r.patientId() == null ? "" : r.patientId().toString(), e.action(), e.recordType(),
                text(r.resourceId()), e.outcome(), text(r.address()), text(r.detail())));
    }

    private void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field, made safe for a spreadsheet and quoted as RFC 4180 requires. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
