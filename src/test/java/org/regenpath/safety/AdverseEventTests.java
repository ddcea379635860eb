package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/** The rules of the adverse event record, each on its own: what is refused names its field, what passes is kept. */
class AdverseEventTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate PROCEDURE = LocalDate.of(2026, 12, 1);
    static final AdverseEventTerms TERMS = AdverseEventTerms.shipped();
    static final AdverseEvent.Rules CLINICIAN = new AdverseEvent.Rules(TERMS, TODAY, PROCEDURE, true);
    static final AdverseEvent.Rules COORDINATOR = new AdverseEvent.Rules(TERMS, TODAY, PROCEDURE, false);

    static AdverseEventInput graded(String term, Integer grade, Set<SeriousnessCriterion> seriousness,
            Relatedness related) {
        return new AdverseEventInput(1L, null, term, null, "Knee swollen and warm", PROCEDURE.plusDays(1), grade,
                seriousness, related, related, related, false, "Ice and rest", null, null,
                Detection.PATIENT_PORTAL, false);
    }

    static Map<String, String> refused(AdverseEventInput in, AdverseEvent.Rules rules) {
        try {
            AdverseEvent.check(in, rules, Map.of());
        } catch (InvalidInput e) {
            return e.fieldErrors();
        }
        throw new AssertionError("accepted " + in);
    }

    @Test
    void aGrade2EventCanBeSeriousAndGradeAndSeriousnessAreKeptApart() {
        AdverseEvent.Checked c = AdverseEvent.check(graded("injection-site-swelling", 2,
                Set.of(SeriousnessCriterion.HOSPITALISATION), Relatedness.POSSIBLE), CLINICIAN, Map.of());

        assertThat(c.details().grade()).isEqualTo(2);
        assertThat(c.details().serious()).isTrue();
        assertThat(c.details().seriousness()).containsExactly(SeriousnessCriterion.HOSPITALISATION);
        assertThat(c.details().gradeDefinition()).isEqualTo("Symptomatic; limiting instrumental ADL");
        assertThat(c.status()).isEqualTo(AdverseEventStatus.OPEN);
    }

    @Test
    void aGrade3EventWithNoCriterionIsNotSerious() {
        AdverseEvent.Checked c = AdverseEvent.check(graded("nausea", 3, Set.of(), null), CLINICIAN, Map.of());

        assertThat(c.details().serious()).isFalse();
        assertThat(c.details().strongestRelatedness()).isNull();
    }

    @Test
    void gradesOutside1To5AreRefusedOnTheGrade() {
        assertThat(refused(graded("fever", 0, Set.of(), null), CLINICIAN)).containsKey("grade");
        assertThat(refused(graded("fever", 6, Set.of(), null), CLINICIAN).get("grade"))
                .isEqualTo("CTCAE grades run from 1 to 5");
    }

    @Test
    void aGradeTheTermDoesNotAllowIsRefusedWithTheAllowedRange() {
        assertThat(refused(graded("nausea", 4, Set.of(SeriousnessCriterion.LIFE_THREATENING),
                Relatedness.UNLIKELY), CLINICIAN).get("grade")).isEqualTo("CTCAE allows grade 1–3 for Nausea");
    }

    @Test
    void aClinicianMustGradeTheEvent() {
        assertThat(refused(graded("fever", null, Set.of(), null), CLINICIAN).get("grade")).contains("Grade the event");
    }

    @Test
    void aResolutionBeforeTheOnsetIsRefused() {
        AdverseEventInput in = graded("fever", 1, Set.of(), null);
        AdverseEventInput resolved = new AdverseEventInput(in.procedureId(), null, in.term(), null, in.description(),
                PROCEDURE.plusDays(3), 1, Set.of(), null, null, null, false, "", AdverseEventOutcome.RECOVERED,
                PROCEDURE.plusDays(2), Detection.PHONE, false);

        assertThat(refused(resolved, CLINICIAN)).containsEntry("resolvedOn", "Cannot be before the onset");
    }

    @Test
    void anOnsetBeforeTheLinkedProcedureIsRefused() {
        AdverseEventInput early = new AdverseEventInput(1L, null, "fever", null, "Hot", PROCEDURE.minusDays(1), 1,
                Set.of(), null, null, null, false, "", null, null, Detection.PHONE, false);

        assertThat(refused(early, CLINICIAN).get("onsetDate")).startsWith("Cannot be before the procedure");
        assertThat(AdverseEvent.check(early, new AdverseEvent.Rules(TERMS, TODAY, null, true), Map.of()).details()
                .onsetDate()).as("without a linked procedure there is nothing to be before")
                .isEqualTo(PROCEDURE.minusDays(1));
    }

    @Test
    void closingASeriousEventWithoutAnOutcomeIsRefused() {
        AdverseEventInput closing = new AdverseEventInput(1L, null, "systemic-infection", null, "Sepsis",
                PROCEDURE.plusDays(2), 3, Set.of(SeriousnessCriterion.HOSPITALISATION), Relatedness.UNLIKELY,
                Relatedness.POSSIBLE, Relatedness.UNLIKELY, false, "Admitted", null, null,
                Detection.CLINICIAN_OBSERVED, true);

        assertThat(refused(closing, CLINICIAN)).containsEntry("outcome", "Give the outcome before closing the event");
    }

    @Test
    void aSeriousEventNeedsTheRelatednessOfEachPart() {
        AdverseEventInput in = new AdverseEventInput(1L, null, "injection-site-infection", null, "Red, hot knee",
                PROCEDURE.plusDays(2), 2, Set.of(SeriousnessCriterion.IMPORTANT_MEDICAL_EVENT), null,
                Relatedness.PROBABLE, null, false, "", null, null, Detection.PATIENT_PORTAL, false);

        assertThat(refused(in, CLINICIAN)).containsKeys("harvestRelatedness", "productRelatedness")
                .doesNotContainKey("injectionRelatedness");
    }

    @Test
    void aNonSeriousEventMayLeaveRelatednessOpen() {
        assertThat(AdverseEvent.check(graded("injection-site-pain", 1, Set.of(), null), CLINICIAN, Map.of())
                .details().harvestRelatedness()).isNull();
    }

    @Test
    void aGrade5EventMustBeMarkedAsResultingInDeath() {
        assertThat(refused(graded("fever", 5, Set.of(SeriousnessCriterion.HOSPITALISATION), Relatedness.UNLIKELY),
                CLINICIAN)).containsKey("seriousness");
    }

    @Test
    void otherNeedsTheTermInWordsAndAnUnknownTermIsRefused() {
        assertThat(refused(graded("other", 1, Set.of(), null), CLINICIAN)).containsKey("otherTerm");
        assertThat(refused(graded("headache-from-nowhere", 1, Set.of(), null), CLINICIAN)).containsKey("term");
    }

    @Test
    void aCoordinatorsEntryIsADraftWithoutGrade() {
        AdverseEventInput told = new AdverseEventInput(null, null, "injection-site-swelling", null,
                "Patient called: knee swollen", PROCEDURE.plusDays(2), null, Set.of(), null, null, null, null, "",
                null, null, Detection.PHONE, false);

        AdverseEvent.Checked c = AdverseEvent.check(told, COORDINATOR, Map.of());

        assertThat(c.status()).isEqualTo(AdverseEventStatus.DRAFT);
        assertThat(c.details().grade()).isNull();
    }

    @Test
    void everyWrongFieldIsNamedAtOnceWithTheCallersOwn() {
        AdverseEventInput empty = new AdverseEventInput(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, true);

        assertThat(AdverseEventTests.refusedWith(empty, Map.of("productId", "No product X of this patient")))
                .containsKeys("productId", "term", "description", "onsetDate", "detection", "grade", "expected",
                        "outcome");
    }

    static Map<String, String> refusedWith(AdverseEventInput in, Map<String, String> callers) {
        assertThatThrownBy(() -> AdverseEvent.check(in, CLINICIAN, callers)).isInstanceOf(InvalidInput.class);
        try {
            AdverseEvent.check(in, CLINICIAN, callers);
            return Map.of();
        } catch (InvalidInput e) {
            return e.fieldErrors();
        }
    }

    @Test
    void everyTermTheSeedsNameIsInTheCatalogWithItsConsentSection() {
        assertThat(TERMS.all()).extracting(AdverseEventTerm::key).contains("injection-site-pain",
                "injection-site-swelling", "injection-site-irritation", "reduced-range-of-motion", "fever",
                "donor-site-pain", "donor-site-haematoma", "nausea", "abdominal-pain", "injection-site-infection",
                "systemic-infection", "neoplasm", "other");
        assertThat(TERMS.byKey("neoplasm").orElseThrow().consentSection()).isEqualTo("risks");
        assertThat(TERMS.byKey("fever").orElseThrow().consentSection()).isNull();
    }
}
