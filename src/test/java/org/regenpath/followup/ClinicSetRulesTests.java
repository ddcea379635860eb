package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/** A clinic's own instrument set: what is refused before it is saved, and its stored form. */
class ClinicSetRulesTests {

    private static final FollowupDefaults DEFAULTS = FollowupDefaults.load();
    private static final List<String> ALL = List.of("baseline", "1m", "3m", "6m", "12m", "24m");
    private static final Set<String> CONDITIONS = Set.of("knee-oa", "hip-oa", "ddd-lumbar");

    private static Map<String, List<String>> instruments(Object... idAndPoints) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < idAndPoints.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> points = (List<String>) idAndPoints[i + 1];
            out.put((String) idAndPoints[i], points);
        }
        return out;
    }

    private static ClinicSetInput knee(Map<String, List<String>> instruments, String primary) {
        return new ClinicSetInput(" Knee OA, full KOOS ", "default", instruments, primary, List.of("knee-oa"),
                "ICHOM Hip & Knee OA set, clinic decision of 1 Dec 2026");
    }

    private static Map<String, String> errors(ClinicSetInput in, Map<String, String> claimed) {
        try {
            ClinicSetRules.check(in, DEFAULTS, CONDITIONS, claimed);
        } catch (InvalidInput e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected the set to be refused");
    }

    @Test
    void aGoodSetKeepsItsTimePointsAndPutsThePrimaryOutcomeFirst() {
        ClinicSetRules.Checked checked = ClinicSetRules.check(knee(instruments(
                "koos", List.of("baseline", "3m", "12m"), "nrs-11", ALL, "phq-9", List.of("baseline", "12m")),
                "nrs-11"), DEFAULTS, CONDITIONS, Map.of());

        assertThat(checked.label()).isEqualTo("Knee OA, full KOOS");
        assertThat(checked.instruments()).extracting(PlannedInstrument::instrumentId)
                .containsExactly("nrs-11", "koos", "phq-9");
        InstrumentSet set = new InstrumentSet("clinic-1", checked.label(), checked.source(), "default",
                checked.instruments());
        ScheduleTemplate template = DEFAULTS.scheduleTemplate("default");
        assertThat(set.instrumentsAt(template.timePoint("3m").orElseThrow())).containsExactly("nrs-11", "koos");
        assertThat(set.instrumentsAt(template.timePoint("6m").orElseThrow())).containsExactly("nrs-11");
        assertThat(checked.conditions()).containsExactly("knee-oa");
    }

    @Test
    void theStoredFormReadsBackTheSameInstrumentsInTemplateOrder() {
        ClinicSetRules.Checked checked = ClinicSetRules.check(knee(instruments(
                "nrs-11", List.of("24m", "baseline", "1m", "3m", "6m", "12m"), "koos", List.of("12m", "baseline")),
                null), DEFAULTS, CONDITIONS, Map.of());
        String stored = ClinicSetRules.encode(checked.instruments(), checked.template());

        assertThat(stored).isEqualTo("nrs-11:baseline,1m,3m,6m,12m,24m;koos:baseline,12m");
        assertThat(ClinicSetRules.decode(stored)).isEqualTo(checked.instruments());
    }

    @Test
    void everyMissingFieldIsNamed() {
        Map<String, String> errors = errors(new ClinicSetInput(" ", "weekly", Map.of(), null, null, null), Map.of());

        assertThat(errors).containsOnlyKeys("label", "templateId", "source");
        assertThat(errors.get("templateId")).contains("default", "ichom-low-back");
        assertThat(errors(new ClinicSetInput("Knee", "default", Map.of("nrs-11", List.of()), null, null, "x"),
                Map.of())).containsOnlyKeys("instruments");
    }

    @Test
    void unknownInstrumentsAndTimePointsTheScheduleLacksAreRefused() {
        assertThat(errors(knee(instruments("womac", ALL), null), Map.of()).get("instruments"))
                .contains("\"womac\" is not an instrument");
        ClinicSetInput lowBack = new ClinicSetInput("Back", "ichom-low-back", instruments("nrs-11", ALL), null,
                List.of(), "ICHOM LBP");
        assertThat(errors(lowBack, Map.of()).get("instruments")).contains("\"1m\"", "does not have");
    }

    @Test
    void thePrimaryOutcomeMustBeAskedAtEveryTimePointAndBeInTheSet() {
        Map<String, List<String>> koosOnlySometimes = instruments("koos", List.of("baseline", "12m"), "nrs-11", ALL);
        assertThat(errors(knee(koosOnlySometimes, null), Map.of()).get("primaryInstrumentId"))
                .contains("every time point");
        assertThat(errors(knee(koosOnlySometimes, "odi"), Map.of())).containsKey("primaryInstrumentId");
        assertThat(ClinicSetRules.check(knee(koosOnlySometimes, "nrs-11"), DEFAULTS, CONDITIONS, Map.of())
                .instruments().get(0).instrumentId()).isEqualTo("nrs-11");
    }

    @Test
    void aSetMustMeasureChangeFromBaseline() {
        Map<String, List<String>> noFollowUp = instruments("nrs-11", ALL, "koos", List.of("baseline"));
        assertThat(ClinicSetRules.check(knee(noFollowUp, null), DEFAULTS, CONDITIONS, Map.of())).isNotNull();
        ClinicSetInput pgicOnly = knee(instruments("pgic", List.of("1m", "3m", "6m", "12m", "24m")), null);
        assertThat(errors(pgicOnly, Map.of())).containsKey("instruments").containsKey("primaryInstrumentId");
        assertThat(errors(pgicOnly, Map.of()).get("instruments")).contains("at baseline and at a follow-up");
    }

    @Test
    void aConditionBelongsToOneClinicSetOnlyAndMustBeInTheCatalog() {
        Map<String, List<String>> nrs = instruments("nrs-11", ALL);
        assertThat(errors(knee(nrs, null), Map.of("knee-oa", "Knee, short")).get("conditions"))
                .contains("knee-oa already has this clinic's set \"Knee, short\"");
        ClinicSetInput unknown = new ClinicSetInput("Knee", "default", nrs, null, List.of("knee-oa", "elbow"), "x");
        assertThat(errors(unknown, Map.of()).get("conditions")).contains("\"elbow\" is not a condition");
    }

    @Test
    void tooLongTextIsRefused() {
        ClinicSetInput longOnes = new ClinicSetInput("K".repeat(101), "default", instruments("nrs-11", ALL), null,
                List.of(), "s".repeat(1001));
        assertThat(errors(longOnes, Map.of())).containsOnlyKeys("label", "source");
    }

    @Test
    void clinicSetIdsNameTheirVersion() {
        assertThat(ClinicSetVersion.versionIdOf("clinic-42")).hasValue(42);
        assertThat(ClinicSetVersion.versionIdOf("knee-oa")).isEmpty();
        assertThat(ClinicSetVersion.versionIdOf("clinic-x")).isEmpty();
        assertThatThrownBy(() -> ClinicSetRules.decode("garbage")).isInstanceOf(IllegalStateException.class);
    }
}
