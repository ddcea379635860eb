package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.product.ProductFixtures.ANN;
import static org.regenpath.product.ProductFixtures.BEN;
import static org.regenpath.product.ProductFixtures.CONSENTED;
import static org.regenpath.product.ProductFixtures.DR_OKAFOR;
import static org.regenpath.product.ProductFixtures.HARVEST;
import static org.regenpath.product.ProductFixtures.HERE;
import static org.regenpath.product.ProductFixtures.LEFT_KNEE;
import static org.regenpath.product.ProductFixtures.LEFT_KNEE_PLAN;
import static org.regenpath.product.ProductFixtures.NURSE_LI;
import static org.regenpath.product.ProductFixtures.ZONE;
import static org.regenpath.product.ProductFixtures.PLANNED_ML;
import static org.regenpath.product.ProductFixtures.RIGHT_KNEE;
import static org.regenpath.product.ProductFixtures.TECH_RIA;
import static org.regenpath.product.ProductFixtures.TEST_SHELF_LIFE;
import static org.regenpath.product.ProductFixtures.minutes;
import static org.regenpath.product.ProductFixtures.released;
import static org.regenpath.product.ProductFixtures.step;
import static org.regenpath.product.ProductFixtures.wristband;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentStatus;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.StaffMember;

/** Each bedside hard stop, with its message, and agreement between the check and the product itself. */
class BedsideCheckTests {

    private final BedsideCheck check = new BedsideCheck(new RegenpathIdScheme());

    private static Function<ProductIdentifier, Optional<CellProduct>> only(CellProduct product) {
        return id -> id.equals(product.id()) ? Optional.of(product) : Optional.empty();
    }

    private static BedsideScan scan(PatientId wristband, CellProduct product, InjectionSite site,
            StaffMember verifier, Instant at) {
        return new BedsideScan(ProductFixtures.wristband(wristband), product.id().value(), site, PLANNED_ML, DR_OKAFOR,
                verifier, at);
    }

    private BedsideResult checkAndCompare(CellProduct product, BedsideScan scan) {
        return checkAndCompare(product, scan, LEFT_KNEE_PLAN);
    }

    private BedsideResult checkAndCompare(CellProduct product, BedsideScan scan, TreatmentOrder order) {
        BedsideResult result = check.check(scan, HERE, order, only(product), ZONE);
        int before = product.events().size();
        Administration a = ProductFixtures.administration(result.patient(), scan.site(), scan.verifier(), scan.at());
        if (result.passed()) {
            product.administer(a, order);
            assertThat(product.events()).hasSize(before + 1);
        } else {
            assertThatThrownBy(() -> product.administer(a, order))
                    .isInstanceOfAny(AdministrationRefused.class, IllegalTransition.class);
            assertThat(product.events()).hasSize(before);
        }
        return result;
    }

    private static String stopMessage(BedsideResult r, BedsideRule rule) {
        return r.finding(rule).filter(f -> !f.passed()).orElseThrow().message();
    }

    @Test
    void theRightProductForTheRightPatientAndSitePassesAndIsRecorded() {
        CellProduct p = released(ANN);
        BedsideResult r = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)));
        assertThat(r.passed()).isTrue();
        assertThat(r.findings()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.values());
        CustodyEvent given = p.administration().orElseThrow();
        assertThat(given.administeredTo()).isEqualTo(ANN);
        assertThat(given.site()).isEqualTo(LEFT_KNEE);
        assertThat(given.performedBy()).isEqualTo(DR_OKAFOR);
        assertThat(given.confirmedBy()).isEqualTo(NURSE_LI);
        assertThat(given.timeOutsideBody()).isEqualTo(Duration.ofMinutes(60));
        assertThat(p.state()).isEqualTo(ProductState.ADMINISTERED);
    }

    @Test
    void stopsAProductThatBelongsToAnotherPatient() {
        CellProduct bens = released(BEN);
        BedsideResult r = checkAndCompare(bens, scan(ANN, bens, LEFT_KNEE, NURSE_LI, minutes(60)));
        assertThat(r.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.SAME_PATIENT);
        assertThat(stopMessage(r, BedsideRule.SAME_PATIENT)).isEqualTo("STOP: product " + bens.id()
                + " belongs to another patient. Do not give it to this patient.");
        assertThat(bens.state()).isEqualTo(ProductState.RELEASED);
    }

    @Test
    void aMistypedLabelIsNotLookedUpButRescanned() {
        CellProduct p = released(ANN);
        String typo = p.id().value().substring(0, 12) + (p.id().value().endsWith("0") ? "1" : "0");
        BedsideResult r = check.check(new BedsideScan(wristband(ANN), typo, LEFT_KNEE, PLANNED_ML, DR_OKAFOR,
                NURSE_LI, minutes(60)),
                HERE, LEFT_KNEE_PLAN, id -> {
                    throw new AssertionError("an invalid label must not be looked up");
                }, ZONE);
        assertThat(r.passed()).isFalse();
        assertThat(r.product()).isNull();
        assertThat(stopMessage(r, BedsideRule.LABEL_READ)).isEqualTo("STOP: This is not a valid product label (the"
                + " check character does not match). Rescan the label, or type the id printed under the barcode.");
    }

    @Test
    void stopsAnUnknownProductAndAnUnreadableWristband() {
        CellProduct p = released(ANN);
        BedsideResult r = check.check(new BedsideScan("Ann", new RegenpathIdScheme().next().value(), LEFT_KNEE,
                PLANNED_ML, DR_OKAFOR, NURSE_LI, minutes(60)), HERE, LEFT_KNEE_PLAN, only(p), ZONE);
        assertThat(r.stops()).extracting(BedsideFinding::rule)
                .containsExactly(BedsideRule.WRISTBAND_READ, BedsideRule.PRODUCT_FOUND);
        assertThat(stopMessage(r, BedsideRule.WRISTBAND_READ)).contains("Rescan the wristband");
        assertThat(stopMessage(r, BedsideRule.PRODUCT_FOUND)).contains("is on record. Do not give anything");
    }

    @Test
    void stopsABareNumberAMisreadWristbandAndAnotherClinicsPatient() {
        CellProduct p = released(ANN);
        String good = wristband(ANN);
        String misread = good.substring(0, good.length() - 1)
                + (good.endsWith("0") ? "1" : "0");
        String otherClinic = Wristbands.code(org.regenpath.shared.ClinicId.of(2), ANN);
        assertThat(wristbandStop(p, "101")).isEqualTo("STOP: This wristband carries only a number, which is an old or"
                + " wrong wristband. Print a new wristband from the patient's chart, put it on, and scan that.");
        assertThat(wristbandStop(p, misread)).isEqualTo("STOP: The wristband did not scan correctly (the check"
                + " character does not match). Rescan the wristband, or type the code printed under its barcode.");
        assertThat(wristbandStop(p, otherClinic)).isEqualTo("STOP: This wristband is from another clinic: this is"
                + " not this clinic's patient. Do not give anything; check who the patient is.");
        assertThat(check.check(new BedsideScan(" " + good.toLowerCase(java.util.Locale.ROOT) + " ",
                p.id().value(), LEFT_KNEE, PLANNED_ML, DR_OKAFOR, NURSE_LI, minutes(60)), HERE, LEFT_KNEE_PLAN,
                only(p), ZONE).passed()).as("spaces and lower case are forgiven").isTrue();
    }

    private String wristbandStop(CellProduct p, String scan) {
        BedsideResult r = check.check(new BedsideScan(scan, p.id().value(), LEFT_KNEE, PLANNED_ML, DR_OKAFOR,
                NURSE_LI, minutes(60)), HERE, LEFT_KNEE_PLAN, only(p), ZONE);
        assertThat(r.patient()).isNull();
        assertThat(r.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.WRISTBAND_READ);
        return stopMessage(r, BedsideRule.WRISTBAND_READ);
    }

    @Test
    void stopsAProductThatIsNotReleasedNamingItsState() {
        CellProduct p = ProductFixtures.processedWithGoodQc(ANN);
        p.quarantine(step(TECH_RIA, minutes(41)).withNotes("Clot seen in the bag"));
        BedsideResult r = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)));
        assertThat(stopMessage(r, BedsideRule.RELEASED)).isEqualTo("STOP: product " + p.id()
                + " is quarantined; only a released product can be given.");
        assertThatThrownBy(() -> p.administer(ProductFixtures.administration(ANN, LEFT_KNEE, NURSE_LI, minutes(60)),
                LEFT_KNEE_PLAN)).hasMessage("Product " + p.id() + " is quarantined; it cannot be administered.");
    }

    @Test
    void stopsAnExpiredProductFromItsExpiryInstantOn() {
        CellProduct p = released(ANN);
        Instant expiry = HARVEST.plus(TEST_SHELF_LIFE);
        BedsideResult r = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, expiry));
        assertThat(r.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.NOT_EXPIRED);
        assertThat(stopMessage(r, BedsideRule.NOT_EXPIRED)).isEqualTo("STOP: product " + p.id()
                + " expired at 7 Dec 2026, 09:00 EST. Do not give it; return it to the lab.");
        assertThat(checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, expiry.minusSeconds(1))).passed()).isTrue();
    }

    @Test
    void stopsASecondAdministration() {
        CellProduct p = released(ANN);
        checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)));
        BedsideResult again = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(61)));
        assertThat(again.stops()).extracting(BedsideFinding::rule)
                .containsExactly(BedsideRule.NOT_ALREADY_ADMINISTERED);
        assertThat(stopMessage(again, BedsideRule.NOT_ALREADY_ADMINISTERED)).contains("already given at 7 Dec 2026,"
                + " 04:00 EST", "cannot be given twice");
        assertThat(p.events()).filteredOn(e -> e.step() == CustodyStep.ADMINISTERED).hasSize(1);
    }

    @Test
    void stopsASiteThatIsNotInThePlan() {
        CellProduct p = released(ANN);
        BedsideResult r = checkAndCompare(p, scan(ANN, p, RIGHT_KNEE, NURSE_LI, minutes(60)));
        assertThat(stopMessage(r, BedsideRule.SITE_IN_PLAN)).isEqualTo("STOP: the right knee joint is not in this"
                + " patient's plan. Planned: left knee joint.");
        BedsideResult noSite = checkAndCompare(p, scan(ANN, p, null, NURSE_LI, minutes(60)));
        assertThat(stopMessage(noSite, BedsideRule.SITE_IN_PLAN)).isEqualTo("STOP: choose the injection site.");
        BedsideResult noPlan = check.check(scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)),
                HERE, ProductFixtures.consentedPlan(Set.of()), only(p), ZONE);
        assertThat(stopMessage(noPlan, BedsideRule.SITE_IN_PLAN)).contains("no approved plan");
    }

    @Test
    void stopsAProductWhosePatientWithdrewConsentAndItStaysReleased() {
        CellProduct p = released(ANN);
        TreatmentOrder withdrawn = ProductFixtures.plan(
                ProductFixtures.withdrawnConsent(minutes(50), "Wants to wait until after the summer"), LEFT_KNEE);
        BedsideResult r = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)), withdrawn);
        assertThat(r.passed()).isFalse();
        assertThat(r.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.CONSENT_IN_FORCE);
        assertThat(stopMessage(r, BedsideRule.CONSENT_IN_FORCE)).isEqualTo("STOP: consent to this plan was"
                + " withdrawn on 7 Dec 2026, 03:50 EST (Wants to wait until after the summer). Do not give this"
                + " product; nothing is given until the patient consents to a new version of the plan.");
        assertThatThrownBy(() -> p.administer(ProductFixtures.administration(ANN, LEFT_KNEE, NURSE_LI, minutes(60)),
                withdrawn)).isInstanceOfSatisfying(AdministrationRefused.class, e -> assertThat(e.stops())
                        .extracting(BedsideFinding::rule).containsExactly(BedsideRule.CONSENT_IN_FORCE));
        assertThat(p.state()).isEqualTo(ProductState.RELEASED);
        assertThat(p.administration()).isEmpty();
    }

    @Test
    void stopsWhenThePlanHasNoConsentInForceAndSaysSoWhenItHas() {
        CellProduct p = released(ANN);
        TreatmentOrder unsigned = ProductFixtures.plan(new ConsentInForce(1, 1,
                ConsentStatus.INCOMPLETE, null, "The consent to version 1 lacks the clinician's countersignature."),
                LEFT_KNEE);
        BedsideResult r = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)), unsigned);
        assertThat(stopMessage(r, BedsideRule.CONSENT_IN_FORCE)).isEqualTo("STOP: the patient's consent to plan"
                + " version 1 is not in force (Signature missing). Do not give this product.");
        TreatmentOrder noVersion = ProductFixtures.plan(new ConsentInForce(1, null, ConsentStatus.NOT_SIGNED,
                null, "Treatment plan 1 has no approved version."));
        assertThat(stopMessage(checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(60)), noVersion),
                BedsideRule.CONSENT_IN_FORCE)).contains("no approved version");
        BedsideResult consented = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, NURSE_LI, minutes(61)));
        assertThat(consented.finding(BedsideRule.CONSENT_IN_FORCE).orElseThrow().message())
                .isEqualTo("The patient's consent to plan version 1 is in force.");
        assertThat(p.state()).isEqualTo(ProductState.ADMINISTERED);
    }

    @Test
    void needsASecondPersonWhoIsNotTheOperator() {
        CellProduct p = released(ANN);
        BedsideResult alone = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, null, minutes(60)));
        assertThat(stopMessage(alone, BedsideRule.SECOND_PERSON)).isEqualTo("STOP: a second person must confirm"
                + " this check.");
        BedsideResult self = checkAndCompare(p, scan(ANN, p, LEFT_KNEE, DR_OKAFOR, minutes(60)));
        assertThat(stopMessage(self, BedsideRule.SECOND_PERSON)).contains("cannot be the operator");
        assertThat(p.state()).isEqualTo(ProductState.RELEASED);
    }

    @Test
    void reportsEveryStopAtOnce() {
        CellProduct bens = released(BEN);
        BedsideResult r = checkAndCompare(bens, scan(ANN, bens, RIGHT_KNEE, DR_OKAFOR,
                HARVEST.plus(TEST_SHELF_LIFE).plusSeconds(1)));
        assertThat(r.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.SAME_PATIENT,
                BedsideRule.NOT_EXPIRED, BedsideRule.SITE_IN_PLAN, BedsideRule.SECOND_PERSON);
        assertThatThrownBy(() -> bens.administer(ProductFixtures.administration(ANN, RIGHT_KNEE, DR_OKAFOR,
                minutes(60)), LEFT_KNEE_PLAN))
                .isInstanceOfSatisfying(AdministrationRefused.class, e -> {
                    assertThat(e.stops()).hasSize(3);
                    assertThat(e.getMessage()).startsWith("Product " + bens.id() + " is released; it cannot be"
                            + " administered: STOP: product");
                });
    }

    @Test
    void stopsASecondProductAtASiteAlreadyInjectedUnderThePlanVersionAndAllowsItUnderANewVersion() {
        CellProduct first = released(ANN);
        CellProduct second = released(ANN);
        assertThat(checkAndCompare(first, scan(ANN, first, LEFT_KNEE, NURSE_LI, minutes(60))).passed()).isTrue();
        TreatmentOrder afterFirst = new TreatmentOrder(1, LEFT_KNEE_PLAN.sites(), List.of(new PlanInjection(
                LEFT_KNEE, first.id().value(), minutes(60))), CONSENTED);

        BedsideResult repeat = checkAndCompare(second, scan(ANN, second, LEFT_KNEE, NURSE_LI, minutes(90)),
                afterFirst);
        assertThat(repeat.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.INJECTIONS_IN_PLAN);
        assertThat(stopMessage(repeat, BedsideRule.INJECTIONS_IN_PLAN)).isEqualTo("STOP: the left knee joint was"
                + " already injected under plan version 1 (product " + first.id().value() + ", given on 7 Dec"
                + " 2026, 04:00 EST). Plan version 1 authorises one injection at each site it lists; a repeat"
                + " injection needs a new version of the plan that lists it, approved with the patient's consent.");
        assertThat(second.state()).isEqualTo(ProductState.RELEASED);

        TreatmentOrder twoSites = new TreatmentOrder(1, List.of(new PlannedSite(LEFT_KNEE, PLANNED_ML, null),
                new PlannedSite(RIGHT_KNEE, PLANNED_ML, null)), afterFirst.given(), CONSENTED);
        assertThat(checkAndCompare(second, scan(ANN, second, RIGHT_KNEE, NURSE_LI, minutes(91)), twoSites)
                .passed()).as("the other site of the same version").isTrue();

        CellProduct third = released(ANN);
        TreatmentOrder version2 = new TreatmentOrder(2, LEFT_KNEE_PLAN.sites(), List.of(), new ConsentInForce(1, 2,
                ConsentStatus.VALID, null, "Signed and countersigned."));
        BedsideResult underVersion2 = checkAndCompare(third, scan(ANN, third, LEFT_KNEE, NURSE_LI, minutes(92)),
                version2);
        assertThat(underVersion2.passed()).as("a new version that lists the site again authorises a repeat").isTrue();
        assertThat(underVersion2.finding(BedsideRule.INJECTIONS_IN_PLAN).orElseThrow().message())
                .isEqualTo("No injection has been given at the left knee joint under plan version 2, which"
                        + " authorises one.");
    }

    @Test
    void stopsAVolumeBeyondThePlannedDoseOrNoneEntered() {
        CellProduct p = released(ANN);
        BedsideResult more = check.check(new BedsideScan(wristband(ANN), p.id().value(), LEFT_KNEE,
                new BigDecimal("4.5"),
                DR_OKAFOR, NURSE_LI, minutes(60)), HERE, LEFT_KNEE_PLAN, only(p), ZONE);
        assertThat(more.stops()).extracting(BedsideFinding::rule).containsExactly(BedsideRule.DOSE_IN_PLAN);
        assertThat(stopMessage(more, BedsideRule.DOSE_IN_PLAN)).isEqualTo("STOP: 4.5 mL is more than the planned"
                + " dose: plan version 1 authorises up to 4 mL at the left knee joint. A larger dose needs a new"
                + " version of the plan.");
        BedsideResult none = check.check(new BedsideScan(wristband(ANN), p.id().value(), LEFT_KNEE, null, DR_OKAFOR,
                NURSE_LI, minutes(60)), HERE, LEFT_KNEE_PLAN, only(p), ZONE);
        assertThat(stopMessage(none, BedsideRule.DOSE_IN_PLAN)).isEqualTo("STOP: enter the volume to inject; plan"
                + " version 1 authorises up to 4 mL at the left knee joint.");
        StepDetails tooMuch = step(DR_OKAFOR, minutes(60)).withMeasurements(new Measurements(new BigDecimal("4.5"),
                null, null, null, null));
        assertThatThrownBy(() -> p.administer(new Administration(ANN, LEFT_KNEE, NURSE_LI, tooMuch), LEFT_KNEE_PLAN))
                .isInstanceOfSatisfying(AdministrationRefused.class, e -> assertThat(e.stops())
                        .extracting(BedsideFinding::rule).containsExactly(BedsideRule.DOSE_IN_PLAN));
        BedsideResult less = check.check(new BedsideScan(wristband(ANN), p.id().value(), LEFT_KNEE,
                new BigDecimal("3.5"),
                DR_OKAFOR, NURSE_LI, minutes(60)), HERE, LEFT_KNEE_PLAN, only(p), ZONE);
        assertThat(less.passed()).as("less than planned is within the dose").isTrue();
    }
}
