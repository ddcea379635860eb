package org.regenpath.intake;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
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
    private final ClinicZones zones;

    ProfileReader(PainConditions conditions, HealthScreens screens, ConditionCatalog catalog, ClinicZones zones) {
        this.conditions = conditions;
        this.screens = screens;
        this.catalog = catalog;
        this.zones = zones;
    }

    /** The clinic's local date: chronicity and "not in the future" are counted in the clinic's days. */
    LocalDate today(ClinicId clinic) {
        return zones.today(clinic);
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
                Chronicity.of(r.onsetDate(), today(r.clinicId())), r.enteredInError(), r.enteredInErrorReason(),
                r.createdAt(),
                r.createdBy(), r.updatedAt(), r.updatedBy(), r.version());
    }

    /** What the screening engine needs: today, the active conditions, the health screen and the clinic policy. */
    ScreeningSubject subject(PainProfile profile, ClinicPolicy policy, ClinicId clinic) {
        List<ScreeningSubject.Condition> active = profile.activeConditions().stream()
                .map(c -> {
                    CatalogCondition catalogCondition = catalog.condition(c.conditionId()).orElse(null);
                    return new ScreeningSubject.Condition(c.id(), c.conditionId(), c.conditionName(), c.bodySite(),
                            c.onsetDate(), catalogCondition != null && catalogCondition.osteoarthritis(), c.klGrade(),
                            catalogCondition == null ? null : catalogCondition.evidence().level(), c.treatments());
                })
                .toList();
        HealthScreen screen = profile.healthScreen();
        return new ScreeningSubject(today(clinic), active, screen.answers(), screen.hba1cPercent(), screen.bmi(),
                policy);
    }
}
