package org.regenpath.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/**
 * Reads a patient's profile from the tables and resolves the catalog's names and today's chronicity. Does not
 * authorise or audit: the public services do that before they call it.
 */
@Component
class ProfileReader {

    private final PainConditions conditions;
    private final HealthScreens screens;
    private final ConditionCatalog catalog;
    private final Clock clock;

    ProfileReader(PainConditions conditions, HealthScreens screens, ConditionCatalog catalog, Clock clock) {
        this.conditions = conditions;
        this.screens = screens;
        this.catalog = catalog;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    PainProfile profile(PatientId patient) {
        List<PainCondition> list = conditions.byPatient(patient).stream().map(this::view).toList();
        return new PainProfile(patient, list, screens.of(patient));
    }

    PainCondition view(PainConditions.Row r) {
        CatalogCondition condition = catalog.condition(r.conditionId()).orElse(null);
        String name = condition == null ? r.conditionId() : condition.display();
        String codeDisplay = condition == null ? r.icd10Code()
                : condition.code(r.icd10Code()).map(ConditionCode::display).orElse(r.icd10Code());
        String site = catalog.bodySite(r.bodySite()).map(BodySite::display).orElse(r.bodySite());
        return new PainCondition(r.id(), r.patientId(), r.conditionId(), name,
                condition == null ? null : condition.category(), r.icd10Code(), codeDisplay, r.bodySite(), site,
                r.laterality(), r.onsetDate(), r.baselineNrs(), r.klGrade(), r.notes(), r.treatments(),
                Chronicity.of(r.onsetDate(), today()), r.enteredInError(), r.enteredInErrorReason(), r.createdAt(),
                r.createdBy(), r.updatedAt(), r.updatedBy(), r.version());
    }

    /** What the screening engine needs: today, the active conditions and the health-screen answers. */
    ScreeningSubject subject(PainProfile profile) {
        List<ScreeningSubject.Condition> active = profile.activeConditions().stream()
                .map(c -> new ScreeningSubject.Condition(c.id(), c.conditionName(), c.onsetDate(),
                        catalog.condition(c.conditionId()).map(CatalogCondition::osteoarthritis).orElse(false),
                        c.klGrade(), tried(c)))
                .toList();
        return new ScreeningSubject(today(), active, profile.healthScreen().answers());
    }

    private static Set<TreatmentCategory> tried(PainCondition c) {
        Set<TreatmentCategory> tried = EnumSet.noneOf(TreatmentCategory.class);
        c.treatments().forEach(t -> tried.add(t.category()));
        return tried;
    }
}
