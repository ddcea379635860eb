package org.regenpath.intake.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenpath.intake.Answer;
import org.regenpath.intake.CandidacyDecision;
import org.regenpath.intake.Chronicity;
import org.regenpath.intake.ClinicPolicy;
import org.regenpath.intake.ConditionCategory;
import org.regenpath.intake.ConditionEvidence;
import org.regenpath.intake.EvidenceLevel;
import org.regenpath.intake.Finding;
import org.regenpath.intake.HealthFact;
import org.regenpath.intake.HealthScreen;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.Treatment;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.shared.PatientId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake module records with every optional field set ({@code full}) or empty ({@code bare}), for the tests that
 * compare them with the API's own types. The values are made up; only their shape matters here.
 */
final class IntakeSamples {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final PatientId PATIENT = PatientId.of(7);
    static final Instant SAVED = Instant.parse("2026-12-01T15:30:00.123456Z");

    private IntakeSamples() {}

    static ClinicPolicy policy() {
        return new ClinicPolicy("default-2026.12", 12, 6, new BigDecimal("8.0"), new BigDecimal("40"));
    }

    static ClinicPolicy bare(ClinicPolicy p) {
        return new ClinicPolicy(p.version(), p.minConservativeCareWeeks(), p.steroidWashoutWeeks(), null, null);
    }

    static PainCondition fullCondition() {
        return new PainCondition(41, PATIENT, "knee-oa", "Knee osteoarthritis", ConditionCategory.MUSCULOSKELETAL,
                "M17.12", "Unilateral primary osteoarthritis, left knee", "KNEE", "Knee", Laterality.LEFT,
                LocalDate.of(2025, 11, 30), 7, 3, "Worse on stairs", List.of(
                        new Treatment(TreatmentCategory.NSAID, "Ibuprofen 400 mg", 12, TreatmentResponse.PARTIAL_RELIEF,
                                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 30), null),
                        new Treatment(TreatmentCategory.STEROID_INJECTION, "Triamcinolone", 1,
                                TreatmentResponse.LOSS_OF_EFFECT, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1),
                                "KNEE")),
                new Chronicity(true, LocalDate.of(2026, 2, 28)), true, "Wrong knee", SAVED.minusSeconds(3600),
                "ada", SAVED, "grace", 2);
    }

    static PainCondition bareCondition() {
        return new PainCondition(42, PATIENT, "retired-condition", "retired-condition", null, "M54.5", null, "BACK",
                null, null, LocalDate.of(2026, 11, 1), 5, null, null, List.of(),
                new Chronicity(false, LocalDate.of(2027, 2, 1)), false, null, SAVED, "ada", SAVED, "ada", 0);
    }

    static HealthScreen fullScreen() {
        Map<HealthFact, Answer> answers = new LinkedHashMap<>();
        answers.put(HealthFact.ACTIVE_INFECTION, Answer.NO);
        answers.put(HealthFact.CANCER_HISTORY, Answer.YES);
        answers.put(HealthFact.ACTIVE_MALIGNANCY, Answer.UNKNOWN);
        return new HealthScreen(PATIENT, answers, "Metformin", "Type 2 diabetes", new BigDecimal("7.4"),
                new BigDecimal("31.2"), SAVED, "ada", 4);
    }

    /** A screen never saved: every answer unknown, nothing measured. */
    static HealthScreen bareScreen() {
        return new HealthScreen(PATIENT, Map.of(HealthFact.ACTIVE_INFECTION, Answer.UNKNOWN), null, null, null, null,
                null, null, 0);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("EXC-INFECTION", Outcome.ELIGIBLE, "No active infection", "No infection stands in the way",
                        "ISSCR Guidelines 2021", null, null),
                new Finding("REV-STEROID", Outcome.NEEDS_REVIEW, "Steroid injection within the washout",
                        "A recent steroid injection needs a review", "Clinic policy", 41L, "Knee osteoarthritis"));
    }

    static List<ConditionEvidence> evidence() {
        return List.of(new ConditionEvidence(41, "knee-oa", "Knee osteoarthritis", EvidenceLevel.LOW,
                "Small trials, inconsistent results", List.of("Source A", "Source B")));
    }

    static CandidacyDecision decision(String reason, String note) {
        return new CandidacyDecision(90, PATIENT, Outcome.TRIAL_ONLY, Outcome.NEEDS_REVIEW, reason != null, reason,
                note, "rules-2026.12", "default-2026.12", findings(), evidence(), "ada", "CLINICIAN", SAVED);
    }
}
