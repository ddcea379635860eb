package org.regenpath.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.regenpath.patient.PatientView;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.Measurements;
import org.regenpath.product.ProductView;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * The research export's rows: what the registry knows of each treated patient, with the 18 Safe Harbor identifiers
 * of 45 CFR 164.514(b)(2)(i) removed (decision 0050). Pure: it gets the patient as the patient module shows it and
 * keeps only age (grouped from 90), sex at birth and the three-digit ZIP area ({@link SafeHarbor}); no name, record
 * number, e-mail, phone, full ZIP, date of birth, record id or product identifier, and no free text (custody notes,
 * devices, kit lots, locations and staff are never read). Each patient gets a study id drawn at random for this
 * export only; dates are cut to the year or shifted by the patient's secret offset.
 *
 * <p>A patient enters with their first recorded procedure (by time, then record), as in the registry's figures;
 * later procedures are counted, not described. Every answered questionnaire of the patient is kept, each scored
 * scale with its score.
 */
final class ResearchDataset {

    /** Letters without vowels or look-alikes, so a study id never spells a word or holds a digit. */
    private static final String STUDY_ID_LETTERS = "BCDFGHJKLMNPQRSTVWXZ";
    private static final int STUDY_ID_LENGTH = 8;

    private ResearchDataset() {}

    /**
     * How dates leave the clinic.
     */
    enum Dates {
        /** Reduced to the year: the Safe Harbor rule (45 CFR 164.514(b)(2)(i)(C)). */
        YEAR,
        /**
         * Moved by the patient's secret offset, so intervals are kept: not Safe Harbor but close to a limited data
         * set (45 CFR 164.514(e)), to be shared only under a data use agreement.
         */
        SHIFTED
    }

    /**
     * What the export reads of one treated patient.
     *
     * @param patient the patient as the patient module shows them (identifiers and all; the export keeps none)
     * @param treatments the patient's recorded procedures
     * @param products the patient's products, for the dose figures measured on the one first given
     * @param responses the patient's scored questionnaires
     */
    record Source(PatientView patient, List<RegistryTreatment> treatments, List<ProductView> products,
            List<RegistryResponse> responses) {

        Source {
            Objects.requireNonNull(patient, "patient");
            treatments = List.copyOf(treatments);
            products = List.copyOf(products);
            responses = List.copyOf(responses);
        }
    }

    /**
     * One de-identified patient.
     *
     * @param studyId drawn at random for this export
     * @param age age on the day first treated, in whole years, or {@value SafeHarbor#NINETY_OR_OLDER}
     * @param sex sex at birth: {@code female}, {@code male} or {@code unknown}
     * @param zip3 the three-digit ZIP area ({@code 000} for a restricted one), or {@code null}
     * @param conditionId the catalog condition first treated, or {@code null} when unknown
     * @param cellSource the first product's cell source
     * @param productType the first product's type
     * @param treated the day first treated, as a year or a shifted date
     * @param procedures how many procedures the patient has had
     * @param dose what the lab measured on the first product, the latest value of each measure
     * @param answers the scored questionnaires, oldest answer first
     */
    record Subject(String studyId, String age, String sex, String zip3, String conditionId, CellSource cellSource,
            ProductType productType, String treated, int procedures, Measurements dose, List<Answer> answers) {}

    /**
     * One scored questionnaire.
     *
     * @param instrumentId the instrument
     * @param timePointId the schedule's time point
     * @param answered the day answered, as a year or a shifted date
     * @param late whether it came after its window closed
     * @param scores the scored scales
     */
    record Answer(String instrumentId, String timePointId, String answered, boolean late,
            List<RegistryResponse.Score> scores) {}

    /**
     * The de-identified patients, by study id (so the order says nothing of when a patient was registered).
     *
     * @param secret the clinic's date-shift secret (used only for {@link Dates#SHIFTED})
     * @param zone the clinic's time zone, in which a procedure's day is read
     * @param random draws the study ids
     */
    static List<Subject> of(List<Source> sources, Dates dates, byte[] secret, ZoneId zone, RandomGenerator random) {
        Set<String> used = new HashSet<>();
        List<Subject> subjects = new ArrayList<>();
        for (Source s : sources) {
            if (s.treatments().isEmpty()) {
                continue;
            }
            RegistryTreatment first = s.treatments().stream()
                    .min(Comparator.comparing(RegistryTreatment::performedAt)
                            .thenComparingLong(RegistryTreatment::procedureId))
                    .orElseThrow();
            int shift = dates == Dates.SHIFTED ? SafeHarbor.shiftDays(secret, s.patient().id()) : 0;
            LocalDate treatedOn = first.performedAt().atZone(zone).toLocalDate();
            PatientView p = s.patient();
            List<Answer> answers = s.responses().stream()
                    .sorted(Comparator.comparing(RegistryResponse::answeredOn)
                            .thenComparingLong(RegistryResponse::responseId))
                    .map(r -> new Answer(r.instrumentId(), r.timePointId(), day(r.answeredOn(), dates, shift),
                            r.late(), r.scores()))
                    .toList();
            subjects.add(new Subject(studyId(random, used), SafeHarbor.age(p.dateOfBirth(), treatedOn), sex(p),
                    SafeHarbor.zip3(p.postalCode()), first.conditionId(), first.cellSource(), first.productType(),
                    day(treatedOn, dates, shift), s.treatments().size(), dose(s.products(), first.productId()),
                    answers));
        }
        subjects.sort(Comparator.comparing(Subject::studyId));
        return subjects;
    }

    /** The latest value of each measure recorded on the product, over its whole chain of custody. */
    static Measurements dose(List<ProductView> products, String productId) {
        Measurements dose = Measurements.none();
        for (ProductView p : products) {
            if (p.productId().equals(productId)) {
                for (CustodyEvent e : p.events()) {
                    dose = dose.updatedBy(e.measurements());
                }
            }
        }
        return dose;
    }

    private static String day(LocalDate day, Dates dates, int shift) {
        return dates == Dates.YEAR ? Integer.toString(day.getYear()) : day.plusDays(shift).toString();
    }

    private static String sex(PatientView p) {
        if (p.sexAtBirth() == null) {
            return "unknown";
        }
        return switch (p.sexAtBirth()) {
            case F -> "female";
            case M -> "male";
            case UNK -> "unknown";
        };
    }

    private static String studyId(RandomGenerator random, Set<String> used) {
        while (true) {
            StringBuilder id = new StringBuilder("S-");
            for (int i = 0; i < STUDY_ID_LENGTH; i++) {
                id.append(STUDY_ID_LETTERS.charAt(random.nextInt(STUDY_ID_LETTERS.length())));
            }
            if (used.add(id.toString())) {
                return id.toString();
            }
        }
    }
}
