package org.regenpath.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenpath.instrument.AnswerOption;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentItem;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;

/**
 * What the generated demo history of one clinic is: a few hundred fictional treated patients, each with a condition,
 * a product, a procedure day in the past two years, a course (improved, unchanged or relapsed), the follow-up time
 * point after which they were lost, and how they answered each questionnaire. Pure and repeatable: the same seed,
 * clinic, count and day give the same patients and the same answers ({@link java.util.SplittableRandom}, one
 * stream per patient, so a patient's answers do not depend on how many were generated before them).
 *
 * <p>Everything here is a <b>demo assumption, not clinical data</b>: the shares of courses (about two in three
 * improve, one in five do not change, the rest improve then relapse), the depth and timing of improvement, and a
 * loss to follow-up of one in ten at each time point were chosen to make the registry's figures look like a real
 * clinic's (a mix of responders, non-responders and missing answers), not taken from any study.
 */
final class HistoryPlan {

    /** The course of a generated patient's pain after treatment (a demo assumption). */
    enum Course {
        /** Pain falls, deepest at six to twelve months, and stays down. */
        IMPROVED,
        /** Pain stays about where it was. */
        UNCHANGED,
        /** Pain falls, then comes back towards the baseline after six months. */
        RELAPSED
    }

    /**
     * A condition the generated patients are treated for, with what the pain profile records and where the cells go.
     *
     * @param id the catalog condition id
     * @param icd10Left the ICD-10-CM code on the left side (or the only code)
     * @param icd10Right the code on the right side, or {@code null} when the condition has no side
     * @param bodySite the pain profile's body site
     * @param region the injection site's region
     * @param guidance how the needle is guided
     * @param template the follow-up schedule template
     * @param volumeMl the volume injected
     * @param kl whether a Kellgren-Lawrence grade is recorded (the osteoarthritis of a joint)
     */
    record Condition(String id, String icd10Left, String icd10Right, String bodySite, String region,
            ImageGuidance guidance, String template, BigDecimal volumeMl, boolean kl) {

        /** Whether the cells go into a joint. */
        boolean joint() {
            return kl;
        }

        boolean sided() {
            return icd10Right != null;
        }
    }

    /** The product a generated patient receives: its source, type and the processing the plan names. */
    enum Product {
        MARROW(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                "Bone marrow concentrate per the demo lab SOP", "Demo BMC centrifuge", "DEMO-BMC-"),
        ADIPOSE(CellSource.AUTOLOGOUS_ADIPOSE, ProductType.MICROFRAGMENTED_ADIPOSE,
                "Micro-fragmented adipose tissue per the demo lab SOP", "Demo adipose micro-fragmentation kit",
                "DEMO-MFAT-"),
        PLATELETS(CellSource.AUTOLOGOUS_PERIPHERAL_BLOOD, ProductType.PLATELET_RICH_PLASMA,
                "Platelet-rich plasma per the demo lab SOP", "Demo PRP centrifuge", "DEMO-PRP-");

        final CellSource source;
        final ProductType type;
        final String processing;
        final String device;
        final String kitLotPrefix;

        Product(CellSource source, ProductType type, String processing, String device, String kitLotPrefix) {
            this.source = source;
            this.type = type;
            this.processing = processing;
            this.device = device;
            this.kitLotPrefix = kitLotPrefix;
        }
    }

    /** The conditions and their weights: mostly knees, as in the published case series of these treatments. */
    static final List<Condition> CONDITIONS = List.of(
            new Condition("knee-oa", "M17.12", "M17.11", "KNEE", "knee joint", ImageGuidance.ULTRASOUND,
                    "default", new BigDecimal("4.0"), true),
            new Condition("hip-oa", "M16.12", "M16.11", "HIP", "hip joint", ImageGuidance.FLUOROSCOPY, "default",
                    new BigDecimal("4.0"), true),
            new Condition("ddd-lumbar", "M51.360", null, "LUMBAR_SPINE", "L4-L5 disc", ImageGuidance.FLUOROSCOPY,
                    "ichom-low-back", new BigDecimal("2.0"), false),
            new Condition("rotator-cuff", "M75.112", "M75.111", "SHOULDER", "supraspinatus tendon",
                    ImageGuidance.ULTRASOUND, "default", new BigDecimal("3.0"), false),
            new Condition("achilles-tendinopathy", "M76.62", "M76.61", "ACHILLES_TENDON", "Achilles tendon",
                    ImageGuidance.ULTRASOUND, "default", new BigDecimal("3.0"), false));
    private static final int[] CONDITION_WEIGHTS = {45, 15, 20, 10, 10};
    private static final int[] PRODUCT_WEIGHTS = {50, 25, 25};

    /** Days back from today the procedures spread over: the past two years, the last month left out. */
    static final int OLDEST_DAYS = 730;
    static final int NEWEST_DAYS = 30;
    /** The share lost to follow-up at each follow-up time point (a demo assumption). */
    static final double LOST_PER_TIME_POINT = 0.10;

    static final List<String> GIVEN_F = List.of("Ava", "Beth", "Clara", "Dora", "Edna", "Faye", "Gina", "Hazel",
            "Iris", "June", "Kira", "Lena", "Mona", "Nina", "Opal", "Pearl", "Ruth", "Tess", "Vera", "Wren");
    static final List<String> GIVEN_M = List.of("Abe", "Ben", "Cal", "Dean", "Eli", "Finn", "Gus", "Hal", "Ike",
            "Jay", "Kurt", "Lou", "Max", "Ned", "Otis", "Reed", "Seth", "Ty", "Vic", "Wade");
    static final List<String> FAMILY = List.of("Ashdown", "Brightwater", "Copperfield", "Dunmore", "Elmsworth",
            "Foxglove", "Greenacre", "Hollowell", "Ivybridge", "Juniper", "Kestrel", "Larkspur", "Meadowbank",
            "Northcote", "Oakhurst", "Primrose", "Quillfeather", "Rosewood", "Silverbirch", "Thornbury");
    /** The family name's marker: every generated patient's name says what it is. */
    static final String MARKER = "Generated-";
    static final List<List<String>> ZIPS = List.of(List.of("10025", "10027", "11201", "10463", "07030", "11215"),
            List.of("60614", "60657", "60201", "60608", "60640", "60625"));

    /**
     * One generated patient.
     *
     * @param number the patient's number within the clinic's history, from 1
     * @param seed the seed of the patient's own answers
     * @param cells the total nucleated cells the lab counted (a demo figure, above the demo release criteria)
     * @param viability the viability the lab measured, in per cent (likewise)
     * @param severity the baseline pain on 0..1 (NRS / 10)
     * @param depth how much of the baseline pain goes at the deepest point (0..1), for those who improve
     * @param lostAfter how many follow-up time points were answered before the patient was lost (5 = never lost)
     * @param answerDelay the days after each time point's due day the patient answered, -5..+10
     */
    record Patient(int number, long seed, String given, String family, LocalDate born, SexAtBirth sex, String zip,
            Condition condition, Laterality side, int onsetMonthsBefore, Integer kl, BigDecimal bmi, Product product,
            long cells, BigDecimal viability, LocalDate procedureDay, int baselineDaysBefore, Course course, double severity, double depth,
            int lostAfter, int answerDelay) {

        /** The baseline pain on the 0-10 scale the pain profile records. */
        int nrs() {
            return (int) Math.round(severity * 10);
        }

        /** How bad the pain is at a time point, on 0..1 (the baseline's severity before the procedure). */
        double severityAt(String timePointId) {
            int months = monthsOf(timePointId);
            if (months == 0) {
                return severity;
            }
            double relief = switch (course) {
                case IMPROVED -> depth * Math.min(1.0, months / 6.0);
                case UNCHANGED -> depth * 0.15 * (months % 2 == 0 ? 1 : -1);
                case RELAPSED -> months <= 6 ? depth * months / 6.0 : depth * Math.max(0.0, 1 - (months - 6) / 6.0);
            };
            return clamp(severity * (1 - relief));
        }

        /** Whether the patient still answered at this follow-up time point (the baseline is always answered). */
        boolean answers(String timePointId) {
            int index = FOLLOW_UPS.indexOf(monthsOf(timePointId));
            return index < 0 || index < lostAfter;
        }

        /**
         * The patient's answers to one questionnaire at one time point: each scored item's answer near the
         * patient's severity then (its own small noise, repeatable), and for a global impression of change the
         * category matching the change from baseline.
         */
        Map<String, Integer> answers(Instrument instrument, String timePointId) {
            SplittableRandom random = new SplittableRandom(seed ^ (instrument.id().hashCode() * 31L
                    + timePointId.hashCode()));
            double now = severityAt(timePointId);
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (InstrumentItem item : instrument.questions()) {
                List<AnswerOption> options = item.answerOptions();
                if (options.isEmpty()) {
                    continue;
                }
                if (instrument.scoring().direction() == Direction.NOT_ORDERED) {
                    answers.put(item.linkId(), options.get(changeCategory(severity, now, options.size()))
                            .ordinal());
                    continue;
                }
                double noisy = clamp(now + (random.nextDouble() - 0.5) * 0.2);
                int index = (int) Math.round(noisy * (options.size() - 1));
                answers.put(item.linkId(), options.get(index).ordinal());
            }
            return answers;
        }
    }

    /** The follow-up time points, in months after the procedure, of the demo's schedule templates. */
    static final List<Integer> FOLLOW_UPS = List.of(1, 3, 6, 12, 24);
    private static final Pattern MONTHS = Pattern.compile("(\\d+)m");

    private HistoryPlan() {}

    /**
     * The generated patients of one clinic.
     *
     * @param seed the history's seed
     * @param clinic the clinic's index in {@link DemoData#CLINICS}
     * @param count how many patients
     * @param today the clinic's today: procedures fall between {@value #OLDEST_DAYS} and {@value #NEWEST_DAYS} days
     *     before it
     */
    static List<Patient> of(long seed, int clinic, int count, LocalDate today) {
        SplittableRandom clinicRandom = new SplittableRandom(seed * 1_000_003L + clinic);
        List<Patient> patients = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            patients.add(patient(n, clinicRandom.nextLong(), clinic, today));
        }
        return patients;
    }

    private static Patient patient(int number, long seed, int clinic, LocalDate today) {
        SplittableRandom r = new SplittableRandom(seed);
        SexAtBirth sex = r.nextBoolean() ? SexAtBirth.F : SexAtBirth.M;
        String given = pick(r, sex == SexAtBirth.F ? GIVEN_F : GIVEN_M);
        String family = MARKER + pick(r, FAMILY);
        LocalDate procedureDay = today.minusDays(r.nextInt(NEWEST_DAYS, OLDEST_DAYS + 1));
        LocalDate born = procedureDay.minusYears(r.nextInt(35, 81)).minusDays(r.nextInt(365));
        Condition condition = CONDITIONS.get(weighted(r, CONDITION_WEIGHTS));
        Laterality side = condition.sided() ? (r.nextBoolean() ? Laterality.LEFT : Laterality.RIGHT)
                : Laterality.MIDLINE;
        Product product = Product.values()[weighted(r, PRODUCT_WEIGHTS)];
        long cells = r.nextLong(3, 31) * 100_000_000L;
        BigDecimal viability = BigDecimal.valueOf(r.nextInt(75, 98));
        int onset = r.nextInt(7, 61);
        Integer kl = condition.kl() ? r.nextInt(1, 4) : null;
        BigDecimal bmi = BigDecimal.valueOf(r.nextInt(200, 340), 1);
        double severity = r.nextInt(5, 10) / 10.0;
        int roll = r.nextInt(100);
        Course course = roll < 65 ? Course.IMPROVED : roll < 85 ? Course.UNCHANGED : Course.RELAPSED;
        double depth = course == Course.UNCHANGED ? r.nextDouble() * 0.5 : 0.25 + r.nextDouble() * 0.5;
        int lostAfter = 0;
        while (lostAfter < FOLLOW_UPS.size() && r.nextDouble() >= LOST_PER_TIME_POINT) {
            lostAfter++;
        }
        return new Patient(number, r.nextLong(), given, family, born, sex, pick(r, ZIPS.get(clinic % ZIPS.size())),
                condition, side, onset, kl, bmi, product, cells, viability, procedureDay, r.nextInt(1, 21), course, severity, depth,
                lostAfter, r.nextInt(-5, 11));
    }

    /** The months of a time point id ({@code 3m} is 3); 0 for the baseline and anything else. */
    static int monthsOf(String timePointId) {
        Matcher m = MONTHS.matcher(timePointId);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The index of the global-impression category (options in order very much improved .. very much worse) for a
     * change from {@code before} to {@code now}.
     */
    static int changeCategory(double before, double now, int options) {
        double change = before == 0 ? 0 : (before - now) / before;
        int index = change >= 0.5 ? 0 : change >= 0.3 ? 1 : change >= 0.1 ? 2 : change > -0.1 ? 3 : 4;
        return Math.min(index, options - 1);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
