package org.regenpath.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.shared.PatientId;

/**
 * Turns the read model's rows into the cohort {@link ResponderRates} counts. Pure.
 *
 * <p>A patient enters with their first procedure that passes the filter (condition, cell source, product type);
 * the day treated is that procedure's day in the clinic's time zone. Their scores are the named scale of each
 * response to the instrument, by time point; where a time point was answered twice (a late second entry), the one
 * answered first counts.
 */
final class Cohorts {

    /** The scale a figure counts: the instrument's total (a KOOS subscale would be named instead). */
    static final String TOTAL = "total";

    private Cohorts() {}

    /**
     * One treated patient with every instrument's scores: instrument id to time point id to the exact score.
     *
     * @param patientId who
     * @param treatedOn the day of the first procedure the filter keeps, in the clinic's time zone
     * @param conditionId the condition that procedure's plan treats, or {@code null}
     * @param scores by instrument id, then by time point id
     */
    record Treated(PatientId patientId, LocalDate treatedOn, String conditionId,
            Map<String, Map<String, ExactScore>> scores) {

        /** The scores of one instrument (empty when it was never answered). */
        Map<String, ExactScore> of(String instrumentId) {
            return scores.getOrDefault(instrumentId, Map.of());
        }
    }

    static List<ResponderRates.Patient> patients(Collection<RegistryTreatment> treatments,
            Collection<RegistryResponse> responses, Predicate<RegistryTreatment> filter, ZoneId zone,
            Instrument pain, Instrument primary) {
        Map<PatientId, RegistryTreatment> first = first(treatments, filter);
        Map<PatientId, List<RegistryResponse>> byPatient = byPatient(responses, first);
        List<ResponderRates.Patient> cohort = new ArrayList<>();
        for (RegistryTreatment t : first.values()) {
            List<RegistryResponse> own = byPatient.getOrDefault(t.patientId(), List.of());
            cohort.add(new ResponderRates.Patient(t.patientId(), t.performedAt().atZone(zone).toLocalDate(),
                    scores(own, pain), scores(own, primary)));
        }
        return cohort;
    }

    /** The cohort with the scores of every instrument in {@code instruments}. */
    static List<Treated> treated(Collection<RegistryTreatment> treatments, Collection<RegistryResponse> responses,
            Predicate<RegistryTreatment> filter, ZoneId zone, Collection<Instrument> instruments) {
        Map<PatientId, RegistryTreatment> first = first(treatments, filter);
        Map<PatientId, List<RegistryResponse>> byPatient = byPatient(responses, first);
        List<Treated> cohort = new ArrayList<>();
        for (RegistryTreatment t : first.values()) {
            List<RegistryResponse> own = byPatient.getOrDefault(t.patientId(), List.of());
            Map<String, Map<String, ExactScore>> scores = new LinkedHashMap<>();
            for (Instrument i : instruments) {
                Map<String, ExactScore> s = scores(own, i);
                if (!s.isEmpty()) {
                    scores.put(i.id(), s);
                }
            }
            cohort.add(new Treated(t.patientId(), t.performedAt().atZone(zone).toLocalDate(), t.conditionId(),
                    scores));
        }
        return cohort;
    }

    private static Map<PatientId, RegistryTreatment> first(Collection<RegistryTreatment> treatments,
            Predicate<RegistryTreatment> filter) {
        Map<PatientId, RegistryTreatment> first = new LinkedHashMap<>();
        treatments.stream().filter(filter)
                .sorted(Comparator.comparing(RegistryTreatment::performedAt)
                        .thenComparingLong(RegistryTreatment::procedureId))
                .forEach(t -> first.putIfAbsent(t.patientId(), t));
        return first;
    }

    private static Map<PatientId, List<RegistryResponse>> byPatient(Collection<RegistryResponse> responses,
            Map<PatientId, RegistryTreatment> first) {
        Map<PatientId, List<RegistryResponse>> byPatient = new HashMap<>();
        responses.stream().filter(r -> first.containsKey(r.patientId()))
                .sorted(Comparator.comparing(RegistryResponse::answeredOn)
                        .thenComparingLong(RegistryResponse::responseId))
                .forEach(r -> byPatient.computeIfAbsent(r.patientId(), k -> new ArrayList<>()).add(r));
        return byPatient;
    }

    private static Map<String, ExactScore> scores(List<RegistryResponse> responses, Instrument instrument) {
        Map<String, ExactScore> scores = new HashMap<>();
        for (RegistryResponse r : responses) {
            RegistryResponse.Score score = r.instrumentId().equals(instrument.id()) ? r.score(TOTAL) : null;
            if (score != null) {
                scores.putIfAbsent(r.timePointId(), score.exact(instrument));
            }
        }
        return scores;
    }
}
