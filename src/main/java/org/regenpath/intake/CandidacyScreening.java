package org.regenpath.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Candidacy screening's API: evaluates the versioned rule set against the patient's pain profile, and records
 * the clinician's decision. Clinicians and coordinators read evaluations and decisions; only clinicians decide.
 * A decision other than the evaluated outcome is an override and needs a written reason.
 */
@Service
public class CandidacyScreening {

    static final String EVALUATION = "CandidacyScreening";
    static final String DECISION = "CandidacyDecision";
    static final int MAX_TEXT = 1000;
    private static final Set<Role> DECIDERS = Set.of(Role.CLINICIAN);

    /** What a decision keeps of the evaluation it was made on. */
    record Snapshot(List<Finding> findings, List<ConditionEvidence> evidence) {}

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ProfileReader reader;
    private final ConditionCatalog catalog;
    private final CandidacyDecisions decisions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ClinicPolicies policies;
    private final ScreeningEngine engine;

    CandidacyScreening(
            PatientRegistry registry,
            AuditTrail audit,
            ProfileReader reader,
            ConditionCatalog catalog,
            CandidacyDecisions decisions,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            ClinicPolicies policies) {
        this.registry = registry;
        this.audit = audit;
        this.reader = reader;
        this.catalog = catalog;
        this.decisions = decisions;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.policies = policies;
        this.engine = new ScreeningEngine(RuleSetLoader.load());
        refuseUnknownConditions(engine, catalog);
    }

    /** A rule naming a condition the catalog does not know would never apply; refuse it at start-up. */
    private static void refuseUnknownConditions(ScreeningEngine engine, ConditionCatalog catalog) {
        List<String> problems = engine.rules().stream()
                .flatMap(r -> r.conditions().stream()
                        .filter(id -> catalog.condition(id).isEmpty())
                        .map(id -> "rule " + r.id() + ": condition '" + id + "' is not in the catalog"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidClinicalData(RuleSetLoader.LOCATION, problems);
        }
    }

    /** The clinic's screening policy in force: its newest recorded version, or the rule set's defaults. */
    public ClinicPolicy clinicPolicy(ClinicId clinic) {
        return policies.current(clinic, engine.defaultPolicy());
    }

    /** The version of the rule set in force, e.g. {@code 2026.11}. */
    public String ruleSetVersion() {
        return engine.version();
    }

    /** Evaluates the rule set against the patient's current profile. */
    @Transactional
    public ScreeningEvaluation evaluate(Actor actor, PatientId patient) {
        PatientView view = registry.authorize(actor, patient, AuditAction.READ, EVALUATION,
                PatientRegistry.CARE_TEAM);
        ScreeningEvaluation evaluation = evaluation(patient, view.clinicId());
        audit.success(actor, AuditAction.READ, patient, EVALUATION, patient, "outcome=" + evaluation.outcome()
                + " rules=" + evaluation.ruleSetVersion() + " policy=" + evaluation.clinicPolicy().version());
        return evaluation;
    }

    /** The patient's decisions, newest (current) first. */
    @Transactional
    public List<CandidacyDecision> decisions(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, DECISION, PatientRegistry.CARE_TEAM);
        List<CandidacyDecision> list = decisions.byPatient(patient).stream().map(this::view).toList();
        audit.success(actor, AuditAction.READ, patient, DECISION, null, "decisions=" + list.size());
        return list;
    }

    /**
     * Records a clinician's decision against the current evaluation and publishes {@link CandidacyDecided}.
     * Writes nothing when a field is wrong (e.g. an override without {@code reason}).
     *
     * @throws Conflict on {@code evaluatedOutcome} when the evaluation changed since the clinician saw it
     */
    @Transactional
    public CandidacyDecision decide(Actor actor, PatientId patient, DecisionInput in) {
        PatientView view = registry.authorize(actor, patient, AuditAction.CREATE, DECISION, DECIDERS);
        ScreeningEvaluation evaluation = evaluation(patient, view.clinicId());
        validate(in, evaluation.outcome());
        if (in.evaluatedOutcome() != null && in.evaluatedOutcome() != evaluation.outcome()) {
            throw new Conflict("evaluatedOutcome", "The evaluation changed since you saw it; it is now "
                    + evaluation.outcome().label() + ". Review it and decide again.");
        }
        Instant now = Instant.now(clock);
        String snapshot = json.writeValueAsString(new Snapshot(evaluation.findings(), evaluation.evidence()));
        long id = decisions.insert(patient, view.clinicId(), in.outcome(), evaluation.outcome(), in.reason(),
                in.note(), evaluation.ruleSetVersion(), evaluation.clinicPolicy().version(), snapshot, actor, now);
        boolean overridden = in.outcome() != evaluation.outcome();
        events.publishEvent(new CandidacyDecided(patient, view.clinicId(), id, in.outcome(), evaluation.outcome(),
                overridden, evaluation.ruleSetVersion(), now));
        audit.success(actor, AuditAction.CREATE, patient, DECISION, id, "outcome=" + in.outcome() + " evaluated="
                + evaluation.outcome() + " overridden=" + overridden + " rules=" + evaluation.ruleSetVersion()
                + " policy=" + evaluation.clinicPolicy().version());
        return decisions.byPatient(patient).stream().filter(r -> r.id() == id).map(this::view).findFirst()
                .orElseThrow();
    }

    private ScreeningEvaluation evaluation(PatientId patient, ClinicId clinic) {
        PainProfile profile = reader.profile(patient);
        ClinicPolicy policy = clinicPolicy(clinic);
        ScreeningEngine.Result result = engine.evaluate(reader.subject(profile, policy, clinic));
        List<ConditionEvidence> evidence = profile.activeConditions().stream()
                .flatMap(c -> catalog.condition(c.conditionId()).stream()
                        .map(cat -> new ConditionEvidence(c.id(), cat.id(), cat.display(), cat.evidence().level(),
                                cat.evidence().summary(), cat.evidence().sources())))
                .toList();
        return new ScreeningEvaluation(patient, result.ruleSetVersion(), policy, result.outcome(),
                result.findings(), evidence, reader.today(clinic));
    }

    private static void validate(DecisionInput in, Outcome evaluated) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.outcome() == null) {
            errors.put("outcome", "Choose ELIGIBLE, TRIAL ONLY or NOT ELIGIBLE");
        } else if (in.outcome() == Outcome.NEEDS_REVIEW) {
            errors.put("outcome", "A decision resolves the review: choose ELIGIBLE, TRIAL ONLY or NOT ELIGIBLE");
        } else if (in.outcome() != evaluated && (in.reason() == null || in.reason().isBlank())) {
            errors.put("reason", "Deciding " + in.outcome().label() + " when the evaluation is " + evaluated.label()
                    + " is an override: write the reason");
        }
        if (in.reason() != null && in.reason().length() > MAX_TEXT) {
            errors.put("reason", "At most " + MAX_TEXT + " characters");
        }
        if (in.note() != null && in.note().length() > MAX_TEXT) {
            errors.put("note", "At most " + MAX_TEXT + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private CandidacyDecision view(CandidacyDecisions.Row r) {
        return view(json, r);
    }

    /** The decision with the evaluation snapshot it keeps read back from its JSON. */
    static CandidacyDecision view(JsonMapper json, CandidacyDecisions.Row r) {
        Snapshot snapshot = json.readValue(r.snapshotJson(), Snapshot.class);
        return new CandidacyDecision(r.id(), r.patientId(), r.outcome(), r.evaluatedOutcome(), r.overridden(),
                r.reason(), r.note(), r.ruleSetVersion(), r.clinicPolicyVersion(), snapshot.findings(), snapshot.evidence(), r.decidedBy(),
                r.decidedByRole(), r.decidedAt());
    }
}
