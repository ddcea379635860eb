package org.regenpath.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * The registry's sources and store in memory, for tests without a database: the sources answer like the modules'
 * Lookups (one clinic at a time, changed-since reads ordered by (time, id), strictly after the cursor), the store
 * keeps the first row written under each key.
 */
final class InMemoryRegistry {

    private InMemoryRegistry() {}

    /** A source world: recorded procedures with their products, and scored responses. */
    static final class Sources implements RegistrySources {

        record Stored(RegistrySources.Procedure procedure, Instant recordedAt, CellSource source, ProductType type) {}

        final List<Stored> procedures = new ArrayList<>();
        final List<RegistryResponse> responses = new ArrayList<>();

        @Override
        public Optional<RegistryTreatment> treatment(RegistrySources.Procedure p) {
            return procedures.stream().filter(s -> s.procedure().equals(p)).findFirst()
                    .map(s -> new RegistryTreatment(p.procedureId(), p.clinicId(), p.patientId(), p.planId(),
                            p.productId(), p.performedAt(), s.source(), s.type(), "knee-oa"));
        }

        @Override
        public Optional<RegistryResponse> response(ClinicId clinic, long responseId) {
            return responses.stream().filter(r -> r.clinicId().equals(clinic) && r.responseId() == responseId)
                    .findFirst();
        }

        @Override
        public Changes<RegistrySources.Procedure> proceduresChangedSince(ClinicId clinic, ChangeCursor cursor,
                int limit) {
            return changes(procedures.stream().filter(s -> s.procedure().clinicId().equals(clinic)).toList(),
                    s -> new ChangeCursor(s.recordedAt(), s.procedure().procedureId()), cursor, limit)
                    .map(Stored::procedure);
        }

        @Override
        public Changes<RegistryResponse> responsesChangedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
            return changes(responses.stream().filter(r -> r.clinicId().equals(clinic)).toList(),
                    r -> new ChangeCursor(r.submittedAt(), r.responseId()), cursor, limit);
        }

        private static <T> Changes<T> changes(List<T> rows, Function<T, ChangeCursor> at, ChangeCursor cursor,
                int limit) {
            Comparator<ChangeCursor> order = Comparator.comparing(ChangeCursor::updatedAt)
                    .thenComparingLong(ChangeCursor::id);
            List<T> after = rows.stream().filter(r -> order.compare(at.apply(r), cursor) > 0)
                    .sorted(Comparator.comparing(at, order)).limit(limit).toList();
            return Changes.of(after, cursor, limit, at);
        }
    }

    /** The registry's tables in memory. */
    static final class Store implements RegistryStore {

        final Map<Long, RegistryTreatment> treatments = new TreeMap<>();
        final Map<Long, RegistryResponse> responses = new TreeMap<>();

        @Override
        public boolean saveTreatment(RegistryTreatment row) {
            return treatments.putIfAbsent(row.procedureId(), row) == null;
        }

        @Override
        public boolean saveResponse(RegistryResponse row) {
            return responses.putIfAbsent(row.responseId(), row) == null;
        }

        @Override
        public void clear(ClinicId clinic) {
            treatments.values().removeIf(t -> t.clinicId().equals(clinic));
            responses.values().removeIf(r -> r.clinicId().equals(clinic));
        }

        @Override
        public List<RegistryTreatment> treatments(ClinicId clinic) {
            return treatments.values().stream().filter(t -> t.clinicId().equals(clinic)).toList();
        }

        @Override
        public List<RegistryResponse> responses(ClinicId clinic) {
            return responses.values().stream().filter(r -> r.clinicId().equals(clinic)).toList();
        }
    }

    /** An NRS-11 response row scoring {@code value}. */
    static RegistryResponse nrs(long id, ClinicId clinic, PatientId patient, String timePoint, int value,
            LocalDate on, Instant submittedAt) {
        return new RegistryResponse(id, clinic, patient, "nrs-11", timePoint, on, submittedAt, false,
                List.of(new RegistryResponse.Score("total", new BigDecimal(value + ".000"), value, 1)));
    }
}
