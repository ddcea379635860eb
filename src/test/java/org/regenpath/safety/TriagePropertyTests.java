package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.regenpath.followup.ProblemReported;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

/**
 * The property the triage list promises: any sequence of problem reports, checklist answers with reactions,
 * redeliveries of either, confirmations, links and dismissals (of open and of already decided items, with and
 * without a reason) leaves every report and every reaction answered "yes" as exactly one item, in exactly one
 * state; an item once decided never changes again; a dismissal always has a reason; a confirmed or linked item
 * names its event. The list keeps items as {@link TriageItems} does: one per source key, inserted if absent,
 * decided only while open.
 */
class TriagePropertyTests {

    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    private static final ClinicId CLINIC = ClinicId.of(1);
    private static final List<StaffMember> CLINICIANS = List.of(new StaffMember(UserId.of(1), "Dr Reyes"),
            new StaffMember(UserId.of(2), "Dr Chen"));
    private static final List<String> REASONS = java.util.Arrays.asList("Not a side effect: a fall at home", "",
            "   ", null);

    enum Kind { REPORT, CHECKLIST, REDELIVER_REPORT, REDELIVER_CHECKLIST, CONFIRM, LINK, DISMISS }

    record Step(Kind kind, int a, int b) {}

    /** The list as the table keeps it, with what was reported and what the property expects. */
    static final class Desk {
        final Map<TriageItem.Key, TriageItem> items = new LinkedHashMap<>();
        final Map<TriageItem.Key, TriageItem> firstDecision = new HashMap<>();
        final List<ProblemReported> reports = new ArrayList<>();
        final List<SolicitedReactionsReported> checklists = new ArrayList<>();
        long nextId = 1;
        long nextEvent = 100;
        Instant now = START;

        void arrive(TriageItem item) {
            items.computeIfAbsent(item.key(), k -> new TriageItem(nextId++, item.clinicId(), item.patientId(),
                    item.key(), item.termKey(), item.severity(), item.procedureId(), item.dayAfterProcedure(),
                    item.reportedAt(), item.state(), null, null, null, null));
        }

        void apply(Step s) {
            now = now.plus(Duration.ofMinutes(7));
            switch (s.kind()) {
                case REPORT -> {
                    ProblemReported r = new ProblemReported(reports.size() + 1, PatientId.of(1 + s.a() % 3), CLINIC,
                            ProblemSeverity.values()[s.b() % 4], now);
                    reports.add(r);
                    arrive(TriageItem.arrived(r));
                }
                case CHECKLIST -> {
                    List<SolicitedReactionsReported.Reaction> yes = new ArrayList<>();
                    for (int i = 0; i <= s.b() % 3; i++) {
                        yes.add(new SolicitedReactionsReported.Reaction(List.of("injection-site-pain",
                                "injection-site-swelling", "fever").get(i), ProblemSeverity.MILD));
                    }
                    SolicitedReactionsReported c = new SolicitedReactionsReported(checklists.size() + 1, CLINIC,
                            PatientId.of(1 + s.a() % 3), 10, List.of(2, 7, 30).get(s.a() % 3), now, yes);
                    checklists.add(c);
                    TriageItem.arrived(c).forEach(this::arrive);
                }
                case REDELIVER_REPORT -> {
                    if (!reports.isEmpty()) {
                        arrive(TriageItem.arrived(reports.get(s.a() % reports.size())));
                    }
                }
                case REDELIVER_CHECKLIST -> {
                    if (!checklists.isEmpty()) {
                        TriageItem.arrived(checklists.get(s.a() % checklists.size())).forEach(this::arrive);
                    }
                }
                default -> decide(s);
            }
        }

        private void decide(Step s) {
            if (items.isEmpty()) {
                return;
            }
            TriageItem item = new ArrayList<>(items.values()).get(s.a() % items.size());
            StaffMember by = CLINICIANS.get(s.b() % 2);
            try {
                TriageItem decided = switch (s.kind()) {
                    case CONFIRM -> item.confirmed(nextEvent++, by, now);
                    case LINK -> item.linked(100 + s.b() % 5, by, now);
                    default -> item.dismissed(REASONS.get(s.b() % REASONS.size()), by, now);
                };
                assertThat(item.state()).as("only an open item is decided").isEqualTo(TriageState.OPEN);
                items.put(item.key(), decided);
                firstDecision.put(item.key(), decided);
            } catch (Conflict e) {
                assertThat(item.state()).as("a refused decision is of an item already decided")
                        .isNotEqualTo(TriageState.OPEN);
                assertThat(e.field()).isEqualTo("item");
            } catch (InvalidInput e) {
                assertThat(e.fieldErrors()).containsKey("reason");
                assertThat(s.kind()).isEqualTo(Kind.DISMISS);
            }
        }
    }

    static Gen<Step> steps() {
        return integers().between(0, Kind.values().length - 1).zip(integers().between(0, 50),
                integers().between(0, 50), (k, a, b) -> new Step(Kind.values()[k], a, b));
    }

    @Test
    void anySequenceLeavesEveryReportAsExactlyOneItemInOneStateNeverLostNeverUndone() {
        qt().withExamples(400).forAll(lists().of(steps()).ofSizeBetween(1, 60)).checkAssert(steps -> {
            Desk desk = new Desk();
            steps.forEach(desk::apply);

            long expected = desk.reports.size() + desk.checklists.stream().mapToLong(c -> c.reactions().size())
                    .sum();
            assertThat(desk.items).as("one item per report and per reaction answered yes, redeliveries included")
                    .hasSize((int) expected);
            desk.reports.forEach(r -> assertThat(desk.items).containsKey(new TriageItem.Key(
                    TriageSource.PROBLEM_REPORT, r.reportId(), 0)));
            for (TriageItem i : desk.items.values()) {
                switch (i.state()) {
                    case OPEN -> assertThat(i.decidedAt()).isNull();
                    case CONFIRMED, LINKED -> assertThat(i.eventId()).isNotNull();
                    case DISMISSED -> assertThat(i.reason()).as("a dismissal always has a reason").isNotBlank();
                    default -> throw new AssertionError(i.state());
                }
                if (i.state() != TriageState.OPEN) {
                    assertThat(i).as("a decision is never changed").isEqualTo(desk.firstDecision.get(i.key()));
                    assertThat(i.describe()).doesNotContain(i.state().name());
                }
            }
        });
    }

    @Test
    void aRedeliveredChecklistAddsNoItem() {
        Desk desk = new Desk();
        desk.apply(new Step(Kind.CHECKLIST, 0, 2));
        desk.apply(new Step(Kind.CONFIRM, 0, 0));
        desk.apply(new Step(Kind.REDELIVER_CHECKLIST, 0, 0));

        assertThat(desk.items).hasSize(3);
        assertThat(desk.items.values()).extracting(TriageItem::state).containsExactly(TriageState.CONFIRMED,
                TriageState.OPEN, TriageState.OPEN);
    }
}
