package org.regenpath.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/** Builds intake test data through the module's own API, as the system actor of a clinic. */
final class IntakeFixtures {

    private IntakeFixtures() {}

    static PatientId patient(PatientRegistry registry, ClinicId clinic, String mrn) {
        return registry.register(Actor.system(clinic), new PatientDetails(
                        mrn, "Testa", "Intake", LocalDate.of(1960, 4, 2), SexAtBirth.F, null, null, null))
                .id();
    }

    /** Right knee osteoarthritis for two years, KL 2, NRS 6, NSAID and physical therapy tried. */
    static ConditionInput rightKnee(LocalDate today) {
        return new ConditionInput("knee-oa", "M17.11", "KNEE", Laterality.RIGHT, today.minusYears(2), 6, 2,
                "Worse on stairs", List.of(
                        new TreatmentInput(TreatmentCategory.NSAID, "Naproxen 500 mg", 26,
                                TreatmentResponse.LOSS_OF_EFFECT),
                        new TreatmentInput(TreatmentCategory.PHYSICAL_THERAPY, null, 12,
                                TreatmentResponse.PARTIAL_RELIEF)));
    }

    static HealthScreenInput allNo() {
        Map<HealthFact, Answer> answers = new EnumMap<>(HealthFact.class);
        for (HealthFact fact : HealthFact.values()) {
            answers.put(fact, Answer.NO);
        }
        return new HealthScreenInput(answers, "Paracetamol as needed", null, null, new BigDecimal("27.5"));
    }

    static HealthScreenInput allNoBut(HealthFact fact) {
        HealthScreenInput no = allNo();
        Map<HealthFact, Answer> answers = new EnumMap<>(no.answers());
        answers.put(fact, Answer.YES);
        return new HealthScreenInput(answers, no.otherMedications(), no.otherConditions(), no.hba1cPercent(),
                no.bmi());
    }
}
