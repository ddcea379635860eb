package org.regenpath.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chronic pain profile's API. Clinicians and coordinators of the patient's clinic read and write it; the
 * patient registry refuses everyone else and audits the refusal. Every read and write is audited. A change is
 * checked whole against the condition catalog and written whole or not at all; a stale version is a
 * {@link Conflict} on {@code version}.
 */
@Service
public class PainProfiles {

    static final String PROFILE = "PainProfile";
    static final String CONDITION = "PainCondition";
    static final String SCREEN = "HealthScreen";
    static final int MAX_FREE_TEXT = 1000;
    static final int MAX_REASON = 500;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ConditionCatalog catalog;
    private final PainConditions conditions;
    private final HealthScreens screens;
    private final ProfileReader reader;
    private final Clock clock;

    PainProfiles(
            PatientRegistry registry,
            AuditTrail audit,
            ConditionCatalog catalog,
            PainConditions conditions,
            HealthScreens screens,
            ProfileReader reader,
            Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.catalog = catalog;
        this.conditions = conditions;
        this.screens = screens;
        this.reader = reader;
        this.clock = clock;
    }

    /** The patient's whole profile: conditions (entered-in-error ones too) and the health screen. */
    @Transactional
    public PainProfile profile(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, PROFILE, PatientRegistry.CARE_TEAM);
        PainProfile profile = reader.profile(patient);
        audit.success(actor, AuditAction.READ, patient, PROFILE, patient, null);
        return profile;
    }

    /**
     * One pain condition of the patient.
     *
     * @throws NotFound when the condition does not exist or belongs to another patient
     */
    @Transactional
    public PainCondition condition(Actor actor, PatientId patient, long conditionId) {
        registry.authorize(actor, patient, AuditAction.READ, CONDITION, PatientRegistry.CARE_TEAM);
        PainConditions.Row row = find(actor, patient, conditionId, AuditAction.READ);
        audit.success(actor, AuditAction.READ, patient, CONDITION, conditionId, null);
        return reader.view(row);
    }

    /** Adds a pain condition with the treatments already tried. */
    @Transactional
    public PainCondition addCondition(Actor actor, PatientId patient, ConditionInput input) {
        PatientView view = registry.authorize(actor, patient, AuditAction.CREATE, CONDITION, PatientRegistry.CARE_TEAM);
        ConditionInput in = normalise(input);
        validate(in, view);
        long id = conditions.insert(patient, view.clinicId(), in, actor.displayName(), Instant.now(clock));
        audit.success(actor, AuditAction.CREATE, patient, CONDITION, id, in.conditionId() + " " + in.icd10Code());
        return reader.view(conditions.byId(patient, id).orElseThrow());
    }

    /** Replaces a condition and its treatments; {@code expectedVersion} is the version the editor started from. */
    @Transactional
    public PainCondition updateCondition(
            Actor actor, PatientId patient, long conditionId, ConditionInput input, int expectedVersion) {
        PatientView view = registry.authorize(actor, patient, AuditAction.UPDATE, CONDITION, PatientRegistry.CARE_TEAM);
        PainConditions.Row current = find(actor, patient, conditionId, AuditAction.UPDATE);
        if (current.enteredInError()) {
            throw new Conflict("status", "This condition was marked entered in error and can no longer change.");
        }
        ConditionInput in = normalise(input);
        validate(in, view);
        if (!conditions.update(conditionId, in, expectedVersion, actor.displayName(), Instant.now(clock))) {
            throw stale();
        }
        audit.success(actor, AuditAction.UPDATE, patient, CONDITION, conditionId, in.conditionId() + " "
                + in.icd10Code());
        return reader.view(conditions.byId(patient, conditionId).orElseThrow());
    }

    /**
     * Marks a condition as entered by mistake. It stays in the record, shown as such, and no longer counts for
     * screening.
     */
    @Transactional
    public PainCondition markEnteredInError(
            Actor actor, PatientId patient, long conditionId, int expectedVersion, String reason) {
        registry.authorize(actor, patient, AuditAction.UPDATE, CONDITION, PatientRegistry.CARE_TEAM);
        PainConditions.Row current = find(actor, patient, conditionId, AuditAction.UPDATE);
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "At most " + MAX_REASON + " characters");
        }
        if (current.enteredInError()) {
            throw new Conflict("status", "This condition is already marked entered in error.");
        }
        if (!conditions.markEnteredInError(conditionId, expectedVersion, reason, actor.displayName(),
                Instant.now(clock))) {
            throw stale();
        }
        audit.success(actor, AuditAction.UPDATE, patient, CONDITION, conditionId, "entered in error");
        return reader.view(conditions.byId(patient, conditionId).orElseThrow());
    }

    /** The health screen; every answer UNKNOWN and version 0 when it was never saved. */
    @Transactional
    public HealthScreen healthScreen(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, SCREEN, PatientRegistry.CARE_TEAM);
        HealthScreen screen = screens.of(patient);
        audit.success(actor, AuditAction.READ, patient, SCREEN, patient, null);
        return screen;
    }

    /** Saves the health screen; a fact left out is UNKNOWN. {@code expectedVersion} is 0 for a first save. */
    @Transactional
    public HealthScreen updateHealthScreen(Actor actor, PatientId patient, HealthScreenInput in, int expectedVersion) {
        PatientView view = registry.authorize(actor, patient, AuditAction.UPDATE, SCREEN, PatientRegistry.CARE_TEAM);
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.otherMedications() != null && in.otherMedications().length() > MAX_FREE_TEXT) {
            errors.put("otherMedications", "At most " + MAX_FREE_TEXT + " characters");
        }
        if (in.otherConditions() != null && in.otherConditions().length() > MAX_FREE_TEXT) {
            errors.put("otherConditions", "At most " + MAX_FREE_TEXT + " characters");
        }
        if (outside(in.hba1cPercent(), 3, 20)) {
            errors.put("hba1cPercent", "HbA1c is entered in percent, 3 to 20, one decimal");
        }
        if (outside(in.bmi(), 10, 100)) {
            errors.put("bmi", "BMI is entered in kg/m\u00b2, 10 to 100, one decimal");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!screens.save(patient, view.clinicId(), in, expectedVersion, actor.displayName(), Instant.now(clock))) {
            throw stale();
        }
        audit.success(actor, AuditAction.UPDATE, patient, SCREEN, patient, null);
        return screens.of(patient);
    }

    private PainConditions.Row find(Actor actor, PatientId patient, long conditionId, AuditAction action) {
        return conditions.byId(patient, conditionId).orElseThrow(() -> {
            audit.denied(actor, action, patient, CONDITION, conditionId, "no such condition for this patient");
            return new NotFound("No pain condition " + conditionId + " for this patient.");
        });
    }

    private void validate(ConditionInput in, PatientView patient) {
        Map<String, String> errors = ConditionChecks.check(catalog.data(), in, reader.today(patient.clinicId()),
                patient.dateOfBirth());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Trims the codes so that " m17.11 " is M17.11; everything else is kept as entered. */
    private static ConditionInput normalise(ConditionInput in) {
        return new ConditionInput(
                in.conditionId() == null ? null : in.conditionId().strip(),
                in.icd10Code() == null ? null : in.icd10Code().strip().toUpperCase(Locale.ROOT),
                in.bodySite() == null ? null : in.bodySite().strip(),
                in.laterality(),
                in.onsetDate(),
                in.baselineNrs(),
                in.klGrade(),
                in.notes(),
                in.treatments() == null ? List.of() : in.treatments());
    }

    private static boolean outside(BigDecimal value, int min, int max) {
        return value != null && (value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0 || value.stripTrailingZeros().scale() > 1);
    }

    private static Conflict stale() {
        return new Conflict("version", "Someone else changed this meanwhile; reload it and apply your change again.");
    }
}
