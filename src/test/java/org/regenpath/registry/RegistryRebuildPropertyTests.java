package org.regenpath.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.QuestionnaireCompleted;
import org.regenpath.procedure.ProcedureCompleted;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * Rebuild = live feed: random sequences of treatments and questionnaire submissions in two clinics, delivered as
 * events (each possibly delivered again, later, as the event publication registry does after a failure, and a
 * response possibly arriving before its patient's procedure), leave exactly the rows a rebuild from the sources
 * writes, read in pages of 1 to 4 rows with several rows sharing one timestamp (so the cursor's (time, id) order is
 * exercised). And a rebuild run twice changes nothing.
 */
class RegistryRebuildPropertyTests {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final List<ClinicId> CLINICS = List.of(ClinicId.of(1), ClinicId.of(2));
    private static final List<String> TIME_POINTS = List.of("baseline", "1m", "3m", "6m", "12m", "24m");

    @Test
    void aRebuildWritesExactlyTheRowsTheLiveFeedWrote() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40),
                integers().between(1, 4)).checkAssert((ops, page) -> {
                    InMemoryRegistry.Sources sources = new InMemoryRegistry.Sources();
                    InMemoryRegistry.Store live = new InMemoryRegistry.Store();
                    RegistryFeed feed = new RegistryFeed(new RegistryProjection(sources, live));
                    List<Object> delivered = new ArrayList<>();
                    for (int i = 0; i < ops.size(); i++) {
                        apply(ops.get(i), i, sources, feed, delivered);
                    }
                    InMemoryRegistry.Store rebuilt = new InMemoryRegistry.Store();
                    RegistryProjection projection = new RegistryProjection(sources, rebuilt);
                    for (ClinicId clinic : CLINICS) {
                        List<RegistryRebuild.Progress> reports = new ArrayList<>();
                        RegistryRebuild.Progress last = RegistryRebuild.rebuild(clinic, "Clinic", sources, projection,
                                rebuilt, page, reports::add);
                        assertThat(rebuilt.treatments(clinic)).isEqualTo(live.treatments(clinic));
                        assertThat(rebuilt.responses(clinic)).isEqualTo(live.responses(clinic));
                        assertThat(last.treatments()).isEqualTo(live.treatments(clinic).size());
                        assertThat(last.responses()).isEqualTo(live.responses(clinic).size());
                        assertThat(reports).last().isEqualTo(last);
                        RegistryRebuild.rebuild(clinic, "Clinic", sources, projection, rebuilt, page, p -> { });
                        assertThat(rebuilt.responses(clinic)).isEqualTo(live.responses(clinic));
                    }
                });
    }

    /** One step: a treatment, a submission, or a redelivery of an event delivered before. */
    private static void apply(int op, int step, InMemoryRegistry.Sources sources, RegistryFeed feed,
            List<Object> delivered) {
        ClinicId clinic = CLINICS.get(op % 2);
        PatientId patient = PatientId.of(1 + (op / 2) % 5 + 10 * clinic.value());
        // Two steps share each timestamp: rows written in one transaction share theirs.
        Instant at = START.plusSeconds(60L * (step / 2));
        long id = step + 1;
        switch ((op / 10) % 4) {
            case 0 -> {
                var p = new RegistrySources.Procedure(id, clinic, patient, 100 + id, "P" + id, at);
                sources.procedures.add(new InMemoryRegistry.Sources.Stored(p, at,
                        CellSource.values()[op % 3], ProductType.BONE_MARROW_CONCENTRATE));
                deliver(new ProcedureCompleted(id, patient, clinic, p.planId(), p.productId(), List.of(), at), feed,
                        delivered);
            }
            case 1, 2 -> {
                String tp = TIME_POINTS.get((op / 40) % TIME_POINTS.size());
                LocalDate on = at.atOffset(ZoneOffset.UTC).toLocalDate();
                RegistryResponse r = InMemoryRegistry.nrs(id, clinic, patient, tp, (op / 240) % 11, on, at);
                sources.responses.add(r);
                deliver(new QuestionnaireCompleted(id, patient, clinic, "nrs-11", tp, java.util.Map.of(), on, at,
                        false), feed, delivered);
            }
            default -> {
                if (!delivered.isEmpty()) {
                    deliver(delivered.get((op / 40) % delivered.size()), feed, delivered);
                }
            }
        }
    }

    private static void deliver(Object event, RegistryFeed feed, List<Object> delivered) {
        if (event instanceof ProcedureCompleted p) {
            feed.on(p);
        } else {
            feed.on((QuestionnaireCompleted) event);
        }
        delivered.add(event);
    }

    @Test
    void aRedeliveredEventWritesNothing() {
        InMemoryRegistry.Sources sources = new InMemoryRegistry.Sources();
        InMemoryRegistry.Store store = new InMemoryRegistry.Store();
        RegistryProjection projection = new RegistryProjection(sources, store);
        ClinicId clinic = CLINICS.get(0);
        sources.responses.add(InMemoryRegistry.nrs(7, clinic, PatientId.of(3), "baseline", 6,
                LocalDate.of(2026, 1, 5), START));
        assertThat(projection.response(clinic, 7)).isTrue();
        assertThat(projection.response(clinic, 7)).isFalse();
        assertThat(projection.response(CLINICS.get(1), 7)).as("another clinic's id answers like a missing one")
                .isFalse();
        assertThat(store.responses(clinic)).hasSize(1);
    }
}
