package org.regenpath.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to a plan version (issue #4 item 3): the consent document rendered for the version, the patient's
 * signature and the countersignature of the clinician who obtained it (21 CFR 11.50, 11.200), and withdrawal.
 * Clinicians and coordinators of the patient's clinic view consents and record a withdrawal; only a clinician
 * obtains consent, countersigning with their own e-mail and password. Lab technicians and other roles are
 * refused. Every access and refusal is audited; a consent is attached to exactly one plan version, and
 * {@link TreatmentPlans#approve} refuses a version without a valid one.
 */
@Service
public class PlanConsents {

    static final String CONSENT = "PlanConsent";
    static final Set<Role> VIEWERS = Set.of(Role.CLINICIAN, Role.COORDINATOR);
    static final Set<Role> SIGNERS = Set.of(Role.CLINICIAN);
    static final Set<Role> WITHDRAWERS = Set.of(Role.CLINICIAN, Role.COORDINATOR);

    /** Whether the actor's role may sign (countersign) a consent: the rule {@code sign} applies. */
    public boolean maySign(Actor actor) {
        return PatientRegistry.allows(actor, SIGNERS);
    }

    /** Whether the actor's role may record a withdrawal: the rule {@code withdraw} applies. */
    public boolean mayWithdraw(Actor actor) {
        return PatientRegistry.allows(actor, WITHDRAWERS);
    }
    static final int MAX_REASON = 1000;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final Plans plans;
    private final Consents consents;
    private final ConsentPapers papers;
    private final Countersignature countersignature;
    private final Clock clock;
    private final ClinicZones zones;

    PlanConsents(PatientRegistry registry, AuditTrail audit, Plans plans, Consents consents, ConsentPapers papers,
            Countersignature countersignature, Clock clock, ClinicZones zones) {
        this.zones = zones;
        this.registry = registry;
        this.audit = audit;
        this.plans = plans;
        this.consents = consents;
        this.papers = papers;
        this.countersignature = countersignature;
        this.clock = clock;
    }

    /**
     * The consent document for a plan version and every consent to it.
     *
     * @throws NotFound when the plan or the version does not exist for this patient
     */
    @Transactional
    public ConsentView view(Actor actor, PatientId patient, long planId, int number) {
        PatientView p = registry.authorize(actor, patient, AuditAction.READ, CONSENT, VIEWERS);
        PlanVersion version = version(actor, patient, planId, number, AuditAction.READ);
        ConsentView view = view(p, planId, version, papers.render(actor, p, planId, version));
        audit.success(actor, AuditAction.READ, patient, CONSENT, planId, "version=" + number);
        return view;
    }

    /** Whether each version of the plan has a valid consent, oldest version first. */
    @Transactional
    public Map<Integer, ConsentCheck> checks(Actor actor, PatientId patient, long planId) {
        PatientView p = registry.authorize(actor, patient, AuditAction.READ, CONSENT, VIEWERS);
        Plans.Stored stored = find(actor, patient, planId, AuditAction.READ);
        Map<Integer, ConsentCheck> checks = papers.checks(actor, p, planId, stored.plan());
        audit.success(actor, AuditAction.READ, patient, CONSENT, planId, "consent status");
        return checks;
    }

    /**
     * Records the patient's consent to the draft version and the signed-in clinician's countersignature.
     *
     * @throws Conflict when the version is not the draft, states no cost, already has a valid consent, or the
     *     document changed since it was shown ({@code documentSha256})
     * @throws InvalidInput naming every wrong field; a wrong password counts towards the clinician's lockout
     */
    @Transactional
    public ConsentView sign(Actor actor, PatientId patient, long planId, int number, ConsentSigning input) {
        PatientView p = registry.authorize(actor, patient, AuditAction.CREATE, CONSENT, SIGNERS);
        PlanVersion version = version(actor, patient, planId, number, AuditAction.CREATE);
        if (version.status() != PlanStatus.DRAFT) {
            throw new Conflict("status", "Version " + number + " is " + version.status() + "; consent is signed for"
                    + " the draft before it is approved. Edit the plan to start a new version.");
        }
        if (version.details().cost() == null) {
            throw new Conflict("cost", "Version " + number + " does not state what the patient pays; enter the cost"
                    + " in the plan before consent.");
        }
        RenderedConsent document = papers.render(actor, p, planId, version);
        ConsentCheck check = ConsentCheck.evaluate(version,
                papers.consents(planId).getOrDefault(number, List.of()), document, zones.zoneOf(p.clinicId()));
        if (check.valid()) {
            throw new Conflict("consent", "Version " + number + " already has a valid consent. " + check.message());
        }
        ConsentSigning in = input == null ? new ConsentSigning(null, null, null, null, null) : input;
        in.check(p.givenName(), p.familyName(), actor.username());
        if (!document.sha256().equalsIgnoreCase(in.documentSha256().strip())) {
            throw new Conflict("documentSha256", "The consent document changed since it was shown (the plan or the"
                    + " document was updated). Read the new text with the patient and sign again.");
        }
        StaffMember clinician = confirm(actor, patient, planId, in);
        Instant now = Instant.now(clock);
        String sha = document.sha256();
        List<ConsentSignature> signatures = List.of(
                new ConsentSignature(SignerRole.PATIENT, p.givenName() + " " + p.familyName(),
                        in.patientTypedName().strip(), null, SignatureMethod.TYPED_NAME,
                        SignerRole.PATIENT.meaning(), now, sha),
                new ConsentSignature(SignerRole.CLINICIAN, clinician.displayName(), null, clinician.userId(),
                        SignatureMethod.PASSWORD, SignerRole.CLINICIAN.meaning(), now, sha));
        long id = consents.insert(patient, p.clinicId(), planId, number, document, signatures, clinician, now);
        audit.success(actor, AuditAction.CREATE, patient, CONSENT, id, "plan=" + planId + " version=" + number
                + " document=" + document.documentId() + "@" + document.documentVersion() + " sha256=" + sha);
        return view(p, planId, version, document);
    }

    /**
     * Records that the patient withdrew the newest consent to the version.
     *
     * @throws Conflict when the version has no consent, or it is already withdrawn
     * @throws InvalidInput when the reason is missing or too long
     */
    @Transactional
    public ConsentView withdraw(Actor actor, PatientId patient, long planId, int number, String reason) {
        PatientView p = registry.authorize(actor, patient, AuditAction.UPDATE, CONSENT, WITHDRAWERS);
        PlanVersion version = version(actor, patient, planId, number, AuditAction.UPDATE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidInput.of("reason", why.isEmpty() ? "Write the reason the patient gave, or \u201cno reason"
                    + " given\u201d" : "At most " + MAX_REASON + " characters");
        }
        List<PlanConsent> forVersion = papers.consents(planId).getOrDefault(number, List.of());
        PlanConsent latest = forVersion.isEmpty() ? null : forVersion.get(forVersion.size() - 1);
        if (latest == null) {
            throw new Conflict("consent", "Version " + number + " has no consent to withdraw.");
        }
        if (latest.withdrawn()) {
            throw new Conflict("consent", "The consent to version " + number + " was already withdrawn on "
                    + ConsentCheck.format(latest.withdrawal().withdrawnAt(), zones.zoneOf(p.clinicId())) + ".");
        }
        consents.withdraw(latest.id(), new ConsentWithdrawal(why, TreatmentPlans.staff(actor),
                Instant.now(clock)));
        audit.success(actor, AuditAction.UPDATE, patient, CONSENT, latest.id(), "withdrawn: plan=" + planId
                + " version=" + number);
        return view(p, planId, version, papers.render(actor, p, planId, version));
    }

    private StaffMember confirm(Actor actor, PatientId patient, long planId, ConsentSigning in) {
        try {
            return countersignature.confirm(actor, in.clinicianEmail().strip(), in.clinicianPassword());
        } catch (InvalidInput e) {
            audit.denied(actor, AuditAction.CREATE, patient, CONSENT, planId, "countersignature refused: "
                    + e.fieldErrors().keySet());
            throw e;
        }
    }

    private ConsentView view(PatientView p, long planId, PlanVersion version, RenderedConsent document) {
        List<PlanConsent> forVersion = papers.consents(planId).getOrDefault(version.number(), List.of());
        ConsentCheck check = ConsentCheck.evaluate(version, forVersion,
                version.status() == PlanStatus.DRAFT ? document : null, zones.zoneOf(p.clinicId()));
        return new ConsentView(planId, version.number(), version.status(), document, check, forVersion);
    }

    private Plans.Stored find(Actor actor, PatientId patient, long planId, AuditAction action) {
        return plans.byId(planId).filter(s -> s.plan().patientId().equals(patient)).orElseThrow(() -> {
            audit.denied(actor, action, patient, CONSENT, planId, "no such plan for this patient");
            return new NotFound("No treatment plan " + planId + " for this patient.");
        });
    }

    private PlanVersion version(Actor actor, PatientId patient, long planId, int number, AuditAction action) {
        Plans.Stored stored = find(actor, patient, planId, action);
        return stored.plan().versions().stream().filter(v -> v.number() == number).findFirst().orElseThrow(() -> {
            audit.denied(actor, action, patient, CONSENT, planId, "no version " + number);
            return new NotFound("Plan " + planId + " has no version " + number + ".");
        });
    }
}
