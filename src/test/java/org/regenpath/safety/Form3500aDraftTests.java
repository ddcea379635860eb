package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.ReportingClockFacts.Regime;
import org.regenpath.support.ProductText;

/** The draft 3500A read back from the PDF: held values shown, missing ones marked, never presented as sent. */
class Form3500aDraftTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant KNOWN = Instant.parse("2026-12-09T02:30:00Z"); // 21:30 EST on 8 December

    static Form3500aFacts facts(String lot) {
        ReportingClock clock = ReportingClockRules.standard().clocksFor(new ReportingClockFacts(true,
                Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE, Regime.HCTP_361, true,
                true, KNOWN, NEW_YORK)).get(0);
        return new Form3500aFacts(
                new Form3500aFacts.Patient("D.R.", 54, "Male"),
                new Form3500aFacts.Event(LocalDate.of(2026, 12, 6), "Joint effusion", "C146760", 3,
                        "Severe; hospitalization indicated", Set.of(SeriousnessCriterion.HOSPITALISATION),
                        Relatedness.POSSIBLE, "Recovering", "Swollen, warm left knee on day 4; admitted for washout.",
                        KNOWN),
                new Form3500aFacts.Product("Donor umbilical cord / Wharton's jelly product", "RP-2026-000417-K",
                        lot, Instant.parse("2026-12-03T22:00:00Z"), LocalDate.of(2026, 12, 2),
                        "Intra-articular injection, left knee, 4 mL", "Primary osteoarthritis of the left knee", null),
                new Form3500aFacts.Reporter("Dr Ana Ortiz", "Physician", true, "Riverside Regenerative Clinic",
                        "Health professional"),
                clock, LocalDate.of(2026, 12, 9), NEW_YORK);
    }

    static String text(Form3500aFacts facts) {
        return ProductText.pdfText(Form3500aDraft.render(facts));
    }

    /** Without white space, so that a line wrapped inside a value or label still matches. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * A stylesheet the PDF renderer cannot parse is skipped in silence but for a warning (a string broken over two
     * lines dropped every rule of the draft's once), so the draft is rendered with the renderer's warnings caught.
     */
    @Test
    void theDraftsStylesheetParsesWithoutAWarning() {
        java.util.List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("com.openhtmltopdf.css-parse");
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(r.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        css.addHandler(catcher);
        try {
            assertThat(Form3500aDraft.render(facts("LOT-1"))).isNotEmpty();
        } finally {
            css.removeHandler(catcher);
        }
        assertThat(warnings).as("stylesheet warnings").isEmpty();
    }

    @Test
    void theDraftSaysItIsADraftForTheReporterAndNotASubmission() {
        String text = text(facts("KIT-55"));
        assertThat(compact(text)).contains(compact(Form3500aDraft.DRAFT_NOTICE));
        assertThat(ProductText.scan("draft 3500A", text)).isEmpty();
    }

    @Test
    void heldFactsAreOnTheirBlocksInTheFormsDateStyle() {
        String text = compact(text(facts("KIT-55")));
        for (String held : new String[] {"A1 Patient identifier (in confidence) D.R.", "A2 Age at time of event, or"
                + " date of birth 54 years", "B3 Date of event 06-Dec-2026",
                "Joint effusion, CTCAE grade 3 (Severe; hospitalization indicated).", "Relatedness: possibly related",
                "B2 Outcomes attributed to adverse event Requires inpatient hospitalisation or prolongs an existing"
                        + " one", "C9 NDC # or unique ID RP-2026-000417-K", "C6 Lot # KIT-55",
                "G8* Adverse event term(s) Joint effusion (NCI Thesaurus C146760)",
                "Dr Ana Ortiz, Riverside Regenerative Clinic",
                // The clinic first knew at 21:30 in New York on 8 December, already 9 December in UTC.
                "G4* Date received by manufacturer 08-Dec-2026 (8 Dec 2026, 21:30 EST)",
                "15-day report (21 CFR 1271.350(a)), due by 23-Dec-2026", "Due by the end of 23 Dec 2026"}) {
            assertThat(text).contains(compact(held));
        }
    }

    @Test
    void everyBlockRegenpathDoesNotHoldIsMarkedToCompleteByHand() {
        String text = compact(text(facts("KIT-55")));
        long blocksNotHeld = Form3500aFields.standard().sections().stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.fact() == null).count();
        assertThat(blocksNotHeld).isEqualTo(12);
        assertThat(occurrences(text, compact(Form3500aDraft.NOT_HELD))).isEqualTo(blocksNotHeld);
        assertThat(text).contains(compact("A4 Weight " + Form3500aDraft.NOT_HELD))
                .contains(compact("B6 Relevant tests/laboratory data, including dates " + Form3500aDraft.NOT_HELD));
        // No IND number for a 361 HCT/P: a fact Regenpath holds, but not recorded for this product.
        assertThat(occurrences(text, compact(Form3500aDraft.NOT_RECORDED))).isEqualTo(1);
    }

    @Test
    void aFactNotRecordedForThisEventIsMarkedNotLeftBlank() {
        String text = compact(text(facts(null)));
        assertThat(occurrences(text, compact(Form3500aDraft.NOT_RECORDED))).isEqualTo(2);
        assertThat(text).contains(compact("C6 Lot # " + Form3500aDraft.NOT_RECORDED));
    }

    @Test
    void aFieldListNamingAnUnknownFactOrLeavingAHeldFactOffIsRefused() {
        String unknown = """
                {"form": "f", "url": "u", "verifiedAgainst": "v", "sections": [{"section": "A", "title": "t",
                 "fields": [{"block": "A1", "label": "l", "fact": "patient.name", "verified": true}]}]}
                """;
        assertThatThrownBy(() -> Form3500aFields.read(
                new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "f.json"))
                .hasMessageContaining("f.json").hasMessageContaining("unknown fact patient.name");
        String partial = """
                {"form": "f", "url": "u", "verifiedAgainst": "v", "sections": [{"section": "A", "title": "t",
                 "fields": [{"block": "A1", "label": "l", "fact": "patient.initials", "verified": true}]}]}
                """;
        assertThatThrownBy(() -> Form3500aFields.read(
                new ByteArrayInputStream(partial.getBytes(StandardCharsets.UTF_8)), "f.json"))
                .hasMessageContaining("are on no block").hasMessageContaining("event.term");
    }

    private static long occurrences(String text, String mark) {
        return (text.length() - text.replace(mark, "").length()) / mark.length();
    }
}
