package org.regenpath.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every record type the application writes to the audit trail has words a person reads: the test finds the types in
 * the source (string constants and literals passed to the audit trail and to the patient registry's authorisation,
 * which audits refusals) and fails on any missing from {@link RecordTypes}.
 */
class RecordTypesTests {

    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([A-Z][A-Za-z0-9]+)\";");
    private static final Pattern CALL = Pattern.compile(
            "\\b(success|denied|authorize|authorizeProduct|inClinic|requireRole)\\(([^;]*?)\\)\\s*[;{]");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Za-z0-9]+)\"");

    static Map<String, String> typesWritten() throws IOException {
        Map<String, String> types = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Map<String, String> constants = new TreeMap<>();
                Matcher c = CONSTANT.matcher(source);
                while (c.find()) {
                    constants.put(c.group(1), c.group(2));
                }
                Matcher call = CALL.matcher(source.replaceAll("\\s+", " "));
                while (call.find()) {
                    String args = call.group(2);
                    constants.forEach((name, value) -> {
                        if (Pattern.compile("\\b" + name + "\\b").matcher(args).find()) {
                            types.put(value, file.getFileName().toString());
                        }
                    });
                    Matcher literal = LITERAL.matcher(args);
                    while (literal.find()) {
                        types.put(literal.group(1), file.getFileName().toString());
                    }
                }
            }
        }
        types.put("Session", "AuditTrail.java"); // sign-in and sign-out rows
        return types;
    }

    @Test
    void everyRecordTypeWrittenToTheAuditTrailHasReadableWords() throws IOException {
        Map<String, String> written = typesWritten();
        assertThat(written).as("the scan finds the types it should").containsKeys("Patient", "PlanConsent",
                "CellProduct", "Wristband", "TreatmentPlan", "QuestionnaireResponse");
        TreeSet<String> unmapped = new TreeSet<>(written.keySet());
        unmapped.removeAll(RecordTypes.mapped());
        assertThat(unmapped).as("record types without readable words in RecordTypes").isEmpty();
    }

    @Test
    void readableWordsAreNotClassNames() {
        assertThat(RecordTypes.label("PlanConsent")).isEqualTo("Consent");
        assertThat(RecordTypes.label("CellProduct")).isEqualTo("Cell product custody");
        assertThat(RecordTypes.label("SomeNewThing")).isEqualTo("Some new thing");
        assertThat(RecordTypes.mapped()).allSatisfy(type ->
                assertThat(RecordTypes.label(type)).doesNotMatch(".*[a-z][A-Z].*"));
    }

    @Test
    void aCsvCellAnotherProgramCouldRunGetsAnApostropheAndQuotesAreDoubled() {
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@x")).isEqualTo("'@x");
        assertThat(AuditCsv.cell("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
