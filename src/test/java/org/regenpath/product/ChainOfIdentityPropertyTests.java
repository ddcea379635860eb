package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentStatus;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

/**
 * The property issue #4 asks for: random sequences of custody actions and bedside scans, applied to the products
 * of several patients (wrong-patient scans, mistyped labels, clocks run past expiry, double administration,
 * release by the person who processed, quarantine loops, a patient withdrawing consent, a second product injected
 * at a site the plan version already had injected, a volume beyond the planned dose, a new plan version, a step
 * entered late as having happened up to two hours earlier), never end
 * with a product given to anyone but its own patient, given unreleased, given expired, given twice, given after its
 * patient withdrew consent, given beyond what the plan version in force lists (a second injection at one of its
 * sites, or more than its dose), or with a step that happened before the step it follows (a late entry never moves
 * a step before the one it follows). Every refused action names the current state (or is
 * an input error) and leaves the product exactly as it was, and the bedside check and the product agree on every
 * injection attempt.
 */
class ChainOfIdentityPropertyTests {

    private static final Instant START = ProductFixtures.HARVEST;
    private static final List<PatientId> PATIENTS = List.of(PatientId.of(1), PatientId.of(2), PatientId.of(3));
    /** Four products: one each for patients 1, 2 and 3, and a second for patient 1. */
    private static final List<Integer> OWNER_OF_PRODUCT = List.of(0, 1, 2, 0);
    private static final List<StaffMember> STAFF = List.of(new StaffMember(UserId.of(1), "Ria"),
            new StaffMember(UserId.of(2), "Sam"), new StaffMember(UserId.of(3), "Dr Okafor"),
            new StaffMember(UserId.of(4), "Li"));
    private static final List<InjectionSite> SITES = Arrays.asList(new InjectionSite("knee joint", Laterality.LEFT),
            new InjectionSite("knee joint", Laterality.RIGHT), new InjectionSite("L4-L5 disc", Laterality.MIDLINE),
            null);
    /** Patient 1's plan: left knee; patient 2's: right knee; patient 3's: the L4-L5 disc; each 4 mL per version. */
    private static final Map<PatientId, Set<InjectionSite>> PLANS = Map.of(PATIENTS.get(0), Set.of(SITES.get(0)),
            PATIENTS.get(1), Set.of(SITES.get(1)), PATIENTS.get(2), Set.of(SITES.get(2)));
    private static final BigDecimal PLANNED_ML = ProductFixtures.PLANNED_ML;
    /** The volumes a {@code dose} index injects: the planned dose twice as often, less, more, none entered. */
    private static final List<BigDecimal> VOLUMES = Arrays.asList(PLANNED_ML, PLANNED_ML, new BigDecimal("2.5"),
            new BigDecimal("4.5"), null);
    private static final Measurements POOR_QC = new Measurements(null, 200_000L, new BigDecimal("50"), null, null);

    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    /** {@code PROGRESS} is the lab doing the product's next step right; the others are tried as generated. */
    enum Kind {
        PROGRESS, START_PROCESSING, RECORD_QC, RELEASE, QUARANTINE, RESUME, REJECT, DISCARD, ADMINISTER, WAIT,
        WITHDRAW_CONSENT, NEW_PLAN_VERSION, LATE_ENTRY
    }

    /**
     * One generated action. The indexes are biased towards the happy path so that sequences reach the bedside
     * with released products often: {@code patient} 0-2 means the product's own patient, 3-5 patient 1-3;
     * {@code site} 0-1 means the wristband patient's planned site, 2-5 a site from {@link #SITES} (the last is
     * none chosen); {@code verifier} 0-1 means someone other than the operator, 2-5 a person from {@link #STAFF},
     * 6 nobody. {@code slip} is a human error: a mistyped label, a missing reason, a failed QC result.
     * {@code dose} picks the volume from {@link #VOLUMES}. A {@code WITHDRAW_CONSENT} withdraws the consent of patient
     * {@code patient} modulo 3; a {@code NEW_PLAN_VERSION} approves a new version of that patient's plan listing the
     * same site and dose again, which authorises one more injection there. A {@code LATE_ENTRY} is the next correct
     * step recorded now as having happened {@code minutes} quarter-hours earlier.
     */
    record Action(Kind kind, int product, int patient, int person, int verifier, int site, int minutes,
            boolean slip, int dose) {
    }

    private static Gen<Kind> kinds() {
        return Generate.frequency(List.of(weight(6, Kind.PROGRESS), weight(2, Kind.START_PROCESSING),
                weight(2, Kind.RECORD_QC), weight(2, Kind.RELEASE), weight(5, Kind.ADMINISTER),
                weight(1, Kind.QUARANTINE), weight(1, Kind.RESUME), weight(1, Kind.REJECT), weight(1, Kind.DISCARD),
                weight(1, Kind.WAIT), weight(1, Kind.WITHDRAW_CONSENT), weight(1, Kind.NEW_PLAN_VERSION),
                weight(2, Kind.LATE_ENTRY)));
    }

    private static Pair<Integer, Gen<Kind>> weight(int weight, Kind kind) {
        return Pair.of(weight, Generate.constant(kind));
    }

    private static Gen<Action> actions() {
        Gen<Object[]> what = kinds().zip(integers().between(0, 3), integers().between(0, 5),
                integers().between(0, 3), (k, p, pt, per) -> new Object[] {k, p, pt, per});
        Gen<int[]> how = integers().between(0, 6).zip(integers().between(0, 5), integers().between(0, 8),
                integers().between(0, 9), (v, s, m, slip) -> new int[] {v, s, m, slip});
        return what.zip(how, integers().between(0, VOLUMES.size() - 1), (a, b, dose) -> new Action((Kind) a[0],
                (Integer) a[1], (Integer) a[2], (Integer) a[3], b[0], b[1], b[2], b[3] == 0, dose));
    }

    @Test
    void noSequenceGivesAProductToTheWrongPatientUnreleasedExpiredTwiceBeyondThePlanOrAfterConsentWasWithdrawn() {
        qt().withExamples(500).forAll(lists().of(actions()).ofSizeBetween(1, 60)).checkAssert(sequence -> {
            World world = new World();
            sequence.forEach(world::apply);
            world.products.forEach(p -> assertSafeHistory(p, world.withdrawn.get(p.patientId())));
            world.assertNothingBeyondThePlanVersions();
        });
    }

    @AfterAll
    static void theGeneratorReachedEveryKindOfHazard() {
        assertThat(SEEN).as("outcomes the random sequences produced").containsKeys("administered",
                "stop SAME_PATIENT", "stop NOT_EXPIRED", "stop NOT_ALREADY_ADMINISTERED", "stop LABEL_READ",
                "stop SITE_IN_PLAN", "stop SECOND_PERSON", "stop CONSENT_IN_FORCE", "stop INJECTIONS_IN_PLAN",
                "stop DOSE_IN_PLAN", "administered again under a new plan version", "ReleaseRequiresSecondPerson",
                "QcCriteriaNotMet",
                "IllegalTransition", "resumed after quarantine", "late entry recorded",
                "late entry before the step it follows refused");
    }

    /** Four products and a clock, and what every action must and must not do to them. */
    private static final class World {

        final List<CellProduct> products = new ArrayList<>();
        /** When each patient who withdrew consent did so; nothing may be given to them afterwards. */
        final Map<PatientId, Instant> withdrawn = new HashMap<>();
        /** Each patient's plan version in force, from version 1 on; a new version is approved with consent. */
        final Map<PatientId, Integer> planVersion = new HashMap<>();
        /** The injections given under each patient's plan versions, by version. */
        final Map<PatientId, Map<Integer, List<PlanInjection>>> givenUnder = new HashMap<>();
        final BedsideCheck bedside = new BedsideCheck(new RegenpathIdScheme());
        Instant now = START;

        World() {
            RegenpathIdScheme ids = new RegenpathIdScheme(new SplittableRandom(1));
            for (int owner : OWNER_OF_PRODUCT) {
                products.add(CellProduct.collect(ids.next(), PATIENTS.get(owner),
                        ProductType.BONE_MARROW_CONCENTRATE, CellSource.AUTOLOGOUS_BONE_MARROW,
                        ProductFixtures.SETTINGS, StepDetails.by(STAFF.get(2), START, ProductFixtures.ZONE, "Procedure room")));
            }
        }

        void apply(Action a) {
            now = now.plus(a.kind() == Kind.WAIT ? Duration.ofHours(2) : Duration.ofMinutes(a.minutes()));
            CellProduct p = products.get(a.product());
            if (a.kind() == Kind.ADMINISTER) {
                scanAndAdminister(p, a);
            } else if (a.kind() == Kind.WITHDRAW_CONSENT) {
                withdrawn.putIfAbsent(PATIENTS.get(a.patient() % PATIENTS.size()), now);
            } else if (a.kind() == Kind.NEW_PLAN_VERSION) {
                planVersion.merge(PATIENTS.get(a.patient() % PATIENTS.size()), 2, (v, one) -> v + 1);
            } else if (a.kind() == Kind.LATE_ENTRY) {
                lateEntry(p, a);
            } else if (a.kind() != Kind.WAIT) {
                attempt(p, () -> custody(p, a));
            }
        }

        private void custody(CellProduct p, Action a) {
            StepDetails step = StepDetails.by(STAFF.get(a.person()), now, ProductFixtures.ZONE, "Lab");
            String reason = a.slip() ? null : "Reason " + a.minutes();
            switch (a.kind()) {
                case PROGRESS -> progress(p, a, now);
                case START_PROCESSING -> p.startProcessing(step.withDevice("Centrifuge", "KIT-" + a.minutes()));
                case RECORD_QC -> p.recordQc(step.withMeasurements(a.slip() ? POOR_QC : ProductFixtures.GOOD_QC));
                case RELEASE -> p.release(step, ProductFixtures.SETTINGS);
                case QUARANTINE -> p.quarantine(step.withNotes(reason));
                case RESUME -> {
                    p.resumeProcessing(step);
                    count("resumed after quarantine");
                }
                case REJECT -> p.reject(step.withNotes(reason));
                case DISCARD -> p.discard(step.withNotes(reason));
                default -> throw new IllegalArgumentException(a.kind().name());
            }
        }

        /**
         * The next correct step recorded now as having happened {@code a.minutes()} quarter-hours earlier: refused,
         * changing nothing, when that is before the step it follows; recorded with both times otherwise.
         */
        private void lateEntry(CellProduct p, Action a) {
            Instant happened = now.minus(Duration.ofMinutes(15L * a.minutes()));
            CustodyEvent previous = p.events().get(p.events().size() - 1);
            int known = p.events().size();
            boolean done = attempt(p, () -> progress(p, a, happened));
            if (p.events().size() > known) {
                CustodyEvent recorded = p.events().get(known);
                assertThat(recorded.at()).as("a late entry never moves a step before the one it follows")
                        .isAfterOrEqualTo(previous.at()).isEqualTo(happened);
                assertThat(recorded.recordedAt()).isEqualTo(now);
                if (happened.isBefore(now)) {
                    count("late entry recorded");
                }
            } else if (!done && happened.isBefore(previous.at())) {
                count("late entry before the step it follows refused");
            }
        }

        /** The next correct step: process, record good QC, release by someone who did neither, resume. */
        private void progress(CellProduct p, Action a, Instant happened) {
            StaffMember person = STAFF.get(a.person());
            StepDetails step = StepDetails.by(person, happened, ProductFixtures.ZONE, "Lab").recordedAt(now);
            switch (p.state()) {
                case COLLECTED -> p.startProcessing(step.withDevice("Centrifuge", "KIT-1"));
                case QUARANTINED -> p.resumeProcessing(step);
                case PROCESSING -> {
                    if (CustodyHistory.qcSinceProcessingStarted(p.events()).isEmpty()) {
                        p.recordQc(step.withMeasurements(ProductFixtures.GOOD_QC));
                    } else {
                        Set<StaffMember> processors = CustodyHistory.processors(p.events());
                        StaffMember releaser = STAFF.stream().filter(x -> !processors.contains(x)).findFirst()
                                .orElse(person);
                        p.release(StepDetails.by(releaser, happened, ProductFixtures.ZONE, "Lab").recordedAt(now),
                                ProductFixtures.SETTINGS);
                    }
                }
                default -> { }
            }
        }

        private void scanAndAdminister(CellProduct p, Action a) {
            PatientId wristband = a.patient() < 3 ? p.patientId() : PATIENTS.get(a.patient() - 3);
            StaffMember operator = STAFF.get(a.person());
            StaffMember verifier = a.verifier() < 2 ? STAFF.get((a.person() + 1 + a.verifier()) % STAFF.size())
                    : a.verifier() == 6 ? null : STAFF.get(a.verifier() - 2);
            InjectionSite site = a.site() < 2 ? PLANS.get(wristband).iterator().next() : SITES.get(a.site() - 2);
            String label = a.slip() ? mistype(p.id().value()) : p.id().value();
            BigDecimal volume = VOLUMES.get(a.dose());
            TreatmentOrder order = order(wristband);
            BedsideResult check = bedside.check(new BedsideScan(ProductFixtures.wristband(wristband), label, site,
                    volume, operator, verifier, now), ProductFixtures.HERE, order, id -> products.stream().filter(x -> x.id().equals(id)).findFirst(), ProductFixtures.ZONE);
            check.stops().forEach(s -> count("stop " + s.rule()));
            // The caller ignores the check and tries anyway: the product must refuse on its own.
            boolean given = attempt(p, () -> p.administer(new Administration(wristband, site, verifier,
                    StepDetails.by(operator, now, ProductFixtures.ZONE, "Procedure room").withMeasurements(new Measurements(volume, null,
                            null, null, null))), order));
            if (a.slip()) {
                assertThat(check.passed()).as("a mistyped label never passes").isFalse();
            } else {
                assertThat(given).as("the bedside check and the product agree: " + check.stops())
                        .isEqualTo(check.passed());
            }
            if (given) {
                assertThat(withdrawn).as("nothing is given after a withdrawal").doesNotContainKey(wristband);
                count("administered");
                int version = version(wristband);
                if (version > 1) {
                    count("administered again under a new plan version");
                }
                // What the persistence layer records with the administration and reads back for the next check.
                givenUnder.computeIfAbsent(wristband, k -> new HashMap<>()).computeIfAbsent(version, k -> new ArrayList<>())
                        .add(new PlanInjection(site, p.id().value(), now));
            }
        }

        private int version(PatientId patient) {
            return planVersion.getOrDefault(patient, 1);
        }

        /**
         * The wristband patient's plan version in force, what was given under it, and their consent to it, in force
         * unless they withdrew it.
         */
        private TreatmentOrder order(PatientId patient) {
            int version = version(patient);
            Instant at = withdrawn.get(patient);
            ConsentInForce consent = at == null ? new ConsentInForce(1, version, ConsentStatus.VALID, null,
                    "Signed and countersigned.") : ProductFixtures.withdrawnConsent(at, "Changed their mind");
            return new TreatmentOrder(version, PLANS.get(patient).stream().map(s -> new PlannedSite(s, PLANNED_ML,
                    null)).toList(), givenUnder.getOrDefault(patient, Map.of()).getOrDefault(version, List.of()), consent);
        }

        /**
         * Across all of a patient's products, each plan version had at most one injection at each of its sites, and
         * none beyond its dose.
         */
        void assertNothingBeyondThePlanVersions() {
            givenUnder.forEach((patient, byVersion) -> byVersion.forEach((version, injections) -> assertThat(injections)
                    .extracting(PlanInjection::site).as("one injection per site under version " + version)
                    .doesNotHaveDuplicates()));
            long administrations = products.stream().filter(p -> p.administration().isPresent()).count();
            assertThat(givenUnder.values().stream().flatMap(v -> v.values().stream()).mapToLong(List::size).sum())
                    .as("every administration was counted against its plan version").isEqualTo(administrations);
            products.stream().flatMap(p -> p.administration().stream()).forEach(e -> assertThat(
                    e.measurements().volumeMl()).as("within the dose").isNotNull().isLessThanOrEqualTo(PLANNED_ML));
        }

        /** Runs a command; a refusal must name the state (or be an input error) and change nothing. */
        private static boolean attempt(CellProduct p, Runnable command) {
            ProductState state = p.state();
            List<CustodyEvent> before = p.events();
            try {
                command.run();
                return true;
            } catch (Conflict refused) {
                assertThat(refused.getMessage()).contains("is " + state.words());
                count(refused.getClass().getSimpleName());
            } catch (InvalidInput invalid) {
                count("InvalidInput");
            }
            assertThat(p.state()).isEqualTo(state);
            assertThat(p.events()).isEqualTo(before);
            return false;
        }

        private static String mistype(String id) {
            char last = id.charAt(id.length() - 1);
            return id.substring(0, id.length() - 1) + (last == '0' ? '1' : '0');
        }
    }

    private static void assertSafeHistory(CellProduct p, Instant consentWithdrawnAt) {
        List<CustodyEvent> events = p.events();
        CellProduct.restore(p.id(), p.patientId(), p.productType(), p.cellSource(), p.expiresAt(), events, 0);
        List<CustodyEvent> given = events.stream().filter(e -> e.step() == CustodyStep.ADMINISTERED).toList();
        assertThat(given).as("administered at most once").hasSizeLessThanOrEqualTo(1);
        for (int i = 0; i < events.size(); i++) {
            CustodyEvent e = events.get(i);
            List<CustodyEvent> earlier = events.subList(0, i);
            assertThat(e.recordedAt()).as("recorded when or after it happened").isAfterOrEqualTo(e.at());
            if (i > 0) {
                assertThat(e.at()).as("never before the step it follows").isAfterOrEqualTo(events.get(i - 1).at());
            }
            if (e.step() == CustodyStep.RELEASED) {
                assertReleasedProperly(e, earlier, p.expiresAt());
            }
            if (e.step() == CustodyStep.ADMINISTERED) {
                assertThat(e.administeredTo()).as("own patient").isEqualTo(p.patientId());
                assertThat(earlier.get(i - 1).stateAfter()).as("released").isEqualTo(ProductState.RELEASED);
                assertThat(e.at()).as("in date").isBefore(p.expiresAt());
                assertThat(e.confirmedBy()).isNotNull();
                assertThat(e.confirmedBy().isSamePersonAs(e.performedBy())).isFalse();
                assertThat(PLANS.get(p.patientId())).contains(e.site());
                if (consentWithdrawnAt != null) {
                    assertThat(e.at()).as("not given after consent was withdrawn").isBeforeOrEqualTo(
                            consentWithdrawnAt);
                }
            }
        }
    }

    private static void assertReleasedProperly(CustodyEvent release, List<CustodyEvent> earlier, Instant expiry) {
        assertThat(release.at()).as("released in date").isBefore(expiry);
        assertThat(CustodyHistory.processors(earlier)).noneMatch(x -> x.isSamePersonAs(release.performedBy()));
        assertThat(ProductFixtures.TEST_CRITERIA.unmet(CustodyHistory.qcSinceProcessingStarted(earlier),
                release.timeOutsideBody())).isEmpty();
    }

    private static void count(String outcome) {
        SEEN.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }
}
