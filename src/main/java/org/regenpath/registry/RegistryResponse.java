package org.regenpath.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.regenpath.instrument.ExactScore;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.Provenance;
import org.regenpath.instrument.ScaleScore;
import org.regenpath.instrument.ScoreStatus;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A scored questionnaire response as the registry keeps it: only its scored scales.
 *
 * @param responseId the stored response (the row's key)
 * @param clinicId the clinic
 * @param patientId whose
 * @param instrumentId the instrument
 * @param timePointId the schedule's time point ({@code baseline}, {@code 1m}, ... {@code 24m})
 * @param answeredOn the day the patient answered (outcome figures count this day, not the day it was entered)
 * @param submittedAt when it was entered
 * @param late whether it came after its window closed
 * @param scores the scored scales, by scale id order
 */
public record RegistryResponse(long responseId, ClinicId clinicId, PatientId patientId, String instrumentId,
        String timePointId, LocalDate answeredOn, Instant submittedAt, boolean late, List<Score> scores) {

    /**
     * One scored scale.
     *
     * @param scale the scale id ({@code total}, or a KOOS subscale)
     * @param value the reported score, to three decimals
     * @param rawSum the sum of the answered items' ordinals, or {@code null}
     * @param itemCount how many items the scale has
     */
    public record Score(String scale, BigDecimal value, Integer rawSum, int itemCount) {

        public Score {
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(value, "value");
        }

        /** The exact score the instrument module compares (for NRS and PEG the sum over the items). */
        public ExactScore exact(Instrument instrument) {
            return ExactScore.of(instrument, new ScaleScore(scale, scale, ScoreStatus.SCORED, value.doubleValue(),
                    rawSum, itemCount, itemCount, null, Provenance.FORMULA, null));
        }
    }

    public RegistryResponse {
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(timePointId, "timePointId");
        Objects.requireNonNull(answeredOn, "answeredOn");
        Objects.requireNonNull(submittedAt, "submittedAt");
        scores = List.copyOf(scores);
    }

    /** The score of a scale, or {@code null} when that scale was not scored. */
    public Score score(String scale) {
        return scores.stream().filter(s -> s.scale().equals(scale)).findFirst().orElse(null);
    }
}
