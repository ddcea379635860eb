package org.regenpath.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.intake.CandidacyDecision;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treatment plan's API. Clinicians, coordinators and lab technicians of the patient's clinic read plans;
 * clinicians and coordinators write drafts, and only for a patient whose current candidacy decision is ELIGIBLE;
 * only clinicians approve. Approval classifies the draft under 21 CFR Part 1271 and applies the
 * {@link ApprovalGuard} (a valid consent to the draft, the records its pathway needs); an approved version is
 * never overwritten. Every access and refusal is audited; a stale version is a {@link Conflict} on
 * {@code version}. Publishes {@link PlanApproved}.
 */
@Service
public class TreatmentPlans {

    static final String PLAN = "TreatmentPlan";
    static final Set<Role> READERS = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.LAB_TECHNICIAN);
    static final Set<Role> EDITORS = Set.of(Role.CLINICIAN, Role.COORDINATOR);
    static final Set<Role> APPROVERS = Set.of(Role.CLINICIAN);

    /** Whether the actor's role may approve a plan: the rule {@code approve} applies, for pages to offer it. */
    public boolean mayApprove(Actor actor) {
        return PatientRegistry.allows(actor, APPROVERS);
    }

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final CandidacyScreening screening;
    private final PainProfiles profiles;
    private final Plans plans;
    private final ConsentPapers consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FollowUpTemplates followUpTemplates;
    private final RegulatoryClassifier classifier = RegulatoryClassifier.fromClasspath();

    TreatmentPlans(PatientRegistry registry, AuditTrail audit, CandidacyScreening screening, PainProfiles profiles,
            Plans plans, ConsentPapers consents, ApplicationEventPublisher events, Clock clock,
            FollowUpTemplates followUpTemplates) {
        this.registry = registry;
        this.audit = audit;
        this.screening = screening;
        this.profiles = profiles;
        this.plans = plans;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
        this.followUpTemplates = followUpTemplates;
    }

    /** The patient's plans, oldest first. */
    @Transactional
    public List<PlanView> list(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, PLAN, READERS);
        List<PlanView> list = plans.byPatient(patient).stream().map(this::view).toList();
        audit.success(actor, AuditAction.READ, patient, PLAN, null, "plans=" + list.size());
        return list;
    }

    /**
     * One plan with every version and the latest version's classification.
     *
     * @throws NotFound when the plan does not exist or belongs to another patient
     */
    @Transactional
    public PlanView get(Actor actor, PatientId patient, long planId) {
        registry.authorize(actor, patient, AuditAction.READ, PLAN, READERS);
        Plans.Stored stored = find(actor, patient, planId, AuditAction.READ);
        audit.success(actor, AuditAction.READ, patient, PLAN, planId, null);
        return view(stored);
    }

    /**
     * Starts a plan with a first draft version.
     *
     * @throws Conflict on {@code candidacy} when the patient's current candidacy decision is not ELIGIBLE
     * @throws InvalidInput naming every wrong field; nothing is written
     */
    @Transactional
    public PlanView create(Actor actor, PatientId patient, PlanInput input) {
        PatientView view = registry.authorize(actor, patient, AuditAction.CREATE, PLAN, EDITORS);
        requireEligible(actor, patient);
        PlanDetails details = checked(actor, patient, input);
        Instant now = Instant.now(clock);
        long id = plans.insert(view.clinicId(), TreatmentPlan.draft(patient, details, staff(actor), now),
                actor.displayName(), now);
        audit.success(actor, AuditAction.CREATE, patient, PLAN, id, "version=1 " + details.productType());
        return view(plans.byId(id).orElseThrow());
    }

    /**
     * Edits the plan: the draft is replaced, or, when the latest version is approved, a new draft is started.
     *
     * @param expectedVersion the {@link PlanView#version()} the editor started from
     */
    @Transactional
    public PlanView edit(Actor actor, PatientId patient, long planId, PlanInput input, long expectedVersion) {
        registry.authorize(actor, patient, AuditAction.UPDATE, PLAN, EDITORS);
        Plans.Stored stored = find(actor, patient, planId, AuditAction.UPDATE);
        requireEligible(actor, patient);
        PlanDetails details = checked(actor, patient, input);
        requireVersion(stored, expectedVersion);
        Instant now = Instant.now(clock);
        TreatmentPlan next = stored.plan().edit(details, staff(actor), now);
        if (!plans.save(planId, next, now)) {
            throw stale();
        }
        audit.success(actor, AuditAction.UPDATE, patient, PLAN, planId, "version=" + next.latest().number());
        return view(plans.byId(planId).orElseThrow());
    }

    /**
     * Approves the draft on the regulatory records given and publishes {@link PlanApproved}. The draft needs a
     * valid consent of the patient to exactly this version ({@link PlanConsents}).
     *
     * @throws InvalidInput on {@code consent} when the draft has no valid consent, and on the records the pathway
     *     needs that are missing (a 351 product: IND and IRB), all at once
     * @throws Conflict when there is no draft, or on {@code version} when the plan changed meanwhile
     */
    @Transactional
    public PlanView approve(Actor actor, PatientId patient, long planId, RegulatoryRecord record,
            long expectedVersion) {
        PatientView view = registry.authorize(actor, patient, AuditAction.UPDATE, PLAN, APPROVERS);
        Plans.Stored stored = find(actor, patient, planId, AuditAction.UPDATE);
        requireVersion(stored, expectedVersion);
        Instant now = Instant.now(clock);
        ConsentCheck consent = stored.plan().draft().map(d -> consents.check(actor, view, planId, d)).orElse(null);
        TreatmentPlan approved = stored.plan().approve(classifier,
                record == null ? RegulatoryRecord.none() : record, consent, staff(actor), now);
        if (!plans.save(planId, approved, now)) {
            throw stale();
        }
        PlanVersion v = approved.inForce().orElseThrow();
        events.publishEvent(new PlanApproved(planId, v.number(), patient, view.clinicId(), v.approval().pathway(),
                v.details().cellSource(), v.details().productType(), v.details().injectionSites(), now,
                v.details().plannedHarvestDate(), v.details().plannedProcedureDate()));
        audit.success(actor, AuditAction.UPDATE, patient, PLAN, planId, "approved version=" + v.number()
                + " pathway=" + v.approval().pathway() + " rules=" + v.approval().rulesVersion() + " consent="
                + consent.consentId());
        return view(plans.byId(planId).orElseThrow());
    }

    /**
     * Classifies proposed facts without saving anything, for the plan editor; any signed-in staff member.
     *
     * @throws InvalidInput when the facts are incomplete or cannot be classified
     */
    public ClassificationView classify(Actor actor, PlanInput.PathwayInput facts) {
        if (facts == null) {
            throw InvalidInput.of("cellSource", "Choose the cell source");
        }
        return ClassificationView.of(classifier.classify(facts.toFacts()), classifier.rulesVersion(),
                RegulatoryRecord.none());
    }

    /**
     * Why no draft may be written for this patient now, or empty when their current candidacy decision is
     * ELIGIBLE; the plan pages show it instead of the editor.
     */
    @Transactional
    public Optional<String> draftRefusal(Actor actor, PatientId patient) {
        registry.authorize(actor, patient, AuditAction.READ, PLAN, READERS);
        return refusal(actor, patient);
    }

    private Optional<String> refusal(Actor actor, PatientId patient) {
        List<CandidacyDecision> decisions = screening.decisions(actor, patient);
        if (decisions.isEmpty()) {
            return Optional.of("No ELIGIBLE candidacy decision on record: this patient has no candidacy decision"
                    + " yet. Screen the patient and record the decision before planning treatment.");
        }
        Outcome current = decisions.get(0).outcome();
        if (current != Outcome.ELIGIBLE) {
            return Optional.of("No ELIGIBLE candidacy decision on record: the current decision is "
                    + current.label() + ". A plan can be written only for a patient decided ELIGIBLE.");
        }
        return Optional.empty();
    }

    private void requireEligible(Actor actor, PatientId patient) {
        refusal(actor, patient).ifPresent(message -> {
            throw new Conflict("candidacy", message);
        });
    }

    /**
     * Every problem {@link #create} or {@link #edit} would report for this input, all at once; nothing is written.
     * The editor uses it to show the service's findings next to the fields that did not even parse.
     */
    @Transactional
    public Map<String, String> problems(Actor actor, PatientId patient, PlanInput input) {
        registry.authorize(actor, patient, AuditAction.READ, PLAN, EDITORS);
        try {
            checked(actor, patient, input);
            return Map.of();
        } catch (InvalidInput e) {
            return e.fieldErrors();
        }
    }

    /** The follow-up schedule templates a plan may name. */
    public List<FollowUpTemplates.FollowUpTemplateChoice> followUpTemplates() {
        return followUpTemplates.available();
    }

    /** The input's details, or every problem at once: the fields, the condition, the class and the template. */
    private PlanDetails checked(Actor actor, PatientId patient, PlanInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        PlanDetails details = null;
        try {
            details = input.toDetails();
        } catch (InvalidInput e) {
            errors.putAll(e.fieldErrors());
        }
        Long condition = input.targetConditionId();
        if (condition != null && profiles.profile(actor, patient).activeConditions().stream()
                .map(PainCondition::id).noneMatch(id -> id == condition.longValue())) {
            errors.put("targetConditionId", "Choose a condition from this patient's pain profile");
        }
        PathwayFacts facts = details != null ? details.pathway() : facts(input);
        if (facts != null) {
            try {
                classifier.classify(facts);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((f, m) -> errors.putIfAbsent("pathway." + f, m));
            }
        }
        String template = input.followUpTemplateId() == null ? "" : input.followUpTemplateId().strip();
        if (!template.isEmpty() && followUpTemplates.find(template).isEmpty()) {
            errors.putIfAbsent("followUpTemplateId", "Follow-up schedule: choose one of this clinic's schedules"
                    + " from the list; \u201c" + abbreviate(template) + "\u201d is not one of them");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return details;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }

    /** The regulatory facts as sent, with the sites' regions, or {@code null} where they are incomplete. */
    private static PathwayFacts facts(PlanInput input) {
        if (input.pathway() == null) {
            return null;
        }
        try {
            List<String> regions = input.sites() == null ? List.of() : input.sites().stream()
                    .filter(s -> s != null && s.region() != null).map(PlanInput.SiteInput::region).toList();
            return input.pathway().toFacts().withSiteRegions(regions);
        } catch (InvalidInput e) {
            return null;
        }
    }

    private Plans.Stored find(Actor actor, PatientId patient, long planId, AuditAction action) {
        return plans.byId(planId).filter(p -> p.plan().patientId().equals(patient)).orElseThrow(() -> {
            audit.denied(actor, action, patient, PLAN, planId, "no such plan for this patient");
            return new NotFound("No treatment plan " + planId + " for this patient.");
        });
    }

    private static void requireVersion(Plans.Stored stored, long expected) {
        if (stored.plan().version() != expected) {
            throw stale();
        }
    }

    private PlanView view(Plans.Stored stored) {
        TreatmentPlan plan = stored.plan();
        PlanVersion latest = plan.latest();
        RegulatoryRecord record = latest.approval() == null ? RegulatoryRecord.none() : latest.approval().record();
        ClassificationView classification;
        try {
            classification = ClassificationView.of(plan.classify(classifier), classifier.rulesVersion(), record);
        } catch (InvalidInput e) {
            classification = null;
        }
        return new PlanView(stored.id(), plan.patientId(), plan.version(), plan.versions(),
                plan.inForce().map(PlanVersion::number).orElse(null), classification);
    }

    static StaffMember staff(Actor actor) {
        return actor.staffMember();
    }

    private static Conflict stale() {
        return new Conflict("version", "Someone else changed this plan meanwhile; reload it and apply your change"
                + " again.");
    }
}
