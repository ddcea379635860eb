package org.regenpath.product;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.SecondPerson;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.ConsentLookup;
import org.regenpath.planning.PlanVersion;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bedside verification and injection. A clinician of the patient's clinic scans the wristband and the product
 * label; a colleague confirms with their own credentials; {@link BedsideCheck} applies every hard stop, among them
 * a consent the patient withdrew after the plan was approved and an injection beyond what the plan version in
 * force authorises. A passed check records the administration on the product, counts it against the plan version
 * and publishes {@link ProductAdministered}.
 *
 * <p>Every attempt by an authorised operator is a row of {@code product_bedside_attempt} and an audit row, whatever
 * stops it: a bedside rule, a stale screen, a lost race with another attempt, the second person's credentials or
 * an invalid field. A refused attempt is recorded after the refused work has rolled back, in a transaction of its
 * own, so the record survives the refusal and no request holds two connections while the losers of a race record
 * theirs. A passed attempt is recorded with the administration, in the same transaction.
 */
@Service
public class Bedside {

    static final String ATTEMPT = "BedsideCheck";
    static final Set<Role> OPERATORS = Set.of(Role.CLINICIAN);
    private static final int MAX_SCAN = 64;
    private static final int MAX_REASON = 1000;
    private static final String CHANGED = "This product changed meanwhile; reload and scan again.";

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final TreatmentPlans plans;
    private final ConsentLookup consents;
    private final Products products;
    private final PlanInjections injections;
    private final ProductViews views;
    private final SecondPerson secondPerson;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicZones zones;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate ownTransaction;
    private final BedsideCheck check = new BedsideCheck(new RegenpathIdScheme());

    Bedside(PatientRegistry registry, AuditTrail audit, TreatmentPlans plans, ConsentLookup consents,
            Products products, PlanInjections injections, ProductViews views, SecondPerson secondPerson,
            JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions, ClinicZones zones) {
        this.registry = registry;
        this.audit = audit;
        this.plans = plans;
        this.consents = consents;
        this.products = products;
        this.injections = injections;
        this.views = views;
        this.secondPerson = secondPerson;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.zones = zones;
        this.inTransaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Checks the scans and, when every rule passes, records the injection. A stopped check is recorded and
     * returned, not thrown. Every other refusal is recorded as an attempt too, and then thrown.
     *
     * @throws NotFound when there is no such product; {@code AccessDenied} or {@code NotFound} when the actor may
     *     not treat its patient (audited, but not a bedside attempt: the actor may not attempt at all)
     * @throws InvalidInput when the second person's credentials are wrong, or a field is
     * @throws Conflict on {@code version} when the product changed since the screen read it or while it was being
     *     checked (another attempt recorded it first), on {@code administration} when its site was injected under
     *     the plan version meanwhile
     */
    public AdministrationOutcome administer(Actor actor, String productId, AdministrationInput in) {
        Instant now = Instant.now(clock);
        Attempt attempt = new Attempt(ChainOfCustody.staff(actor), now, in.happenedAt() == null ? now
                : in.happenedAt());
        Optional<AdministrationOutcome> administered;
        try {
            administered = inTransaction.execute(status -> checkAndInject(actor, productId, in, attempt));
        } catch (RuntimeException e) {
            RuntimeException refusal = e instanceof TransientDataAccessException ? new Conflict("version", CHANGED)
                    : e;
            if (attempt.stored != null) {
                recordRefusal(actor, in, attempt, reason(refusal));
            }
            throw refusal;
        }
        if (administered.isPresent()) {
            return administered.get();
        }
        long id = recordRefusal(actor, in, attempt, null);
        return new AdministrationOutcome(false, id, attempt.findings, attempt.view);
    }

    /** The work of one attempt, in one transaction; empty when a rule stopped it (the attempt says why). */
    private Optional<AdministrationOutcome> checkAndInject(Actor actor, String productId, AdministrationInput in,
            Attempt attempt) {
        Products.Stored stored = ChainOfCustody.find(products, audit, actor, productId, AuditAction.UPDATE,
                ChainOfCustody.PRODUCT, OPERATORS);
        CellProduct product = stored.product();
        PatientView patient = ChainOfCustody.authorizeOwner(registry, actor, product, productId, AuditAction.UPDATE,
                ATTEMPT, OPERATORS);
        attempt.stored = stored;
        if (in.version() == null || in.version() != product.version()) {
            throw new Conflict("version", "This product changed since the screen was opened; reload and scan again.");
        }
        attempt.site = in.siteRegion() == null || in.siteRegion().isBlank() || in.siteLaterality() == null
                ? null : new InjectionSite(in.siteRegion(), in.siteLaterality());
        attempt.verifier = in.verifierEmail() == null || in.verifierEmail().isBlank() ? null
                : secondPerson.confirm(actor, in.verifierEmail(), in.verifierPassword());
        ZoneId zone = zones.zoneOf(stored.clinicId());
        StepDetails step = StepDetails.entered(attempt.operator, in.happenedAt(), attempt.at, zone, in.location(),
                null, null, new Measurements(in.volumeMl(), null, null, null, null), in.notes());
        Plan plan = plan(actor, stored);
        BedsideResult result = check.check(new BedsideScan(in.wristband(), in.productLabel(), attempt.site,
                in.volumeMl(), step.by(), attempt.verifier, step.at()), stored.clinicId(), plan.order(),
                id -> lookup(id, stored), zone);
        attempt.findings.addAll(result.findings());
        if (result.product() != null && !result.product().value().equals(product.id().value())) {
            attempt.findings.add(new BedsideFinding(BedsideRule.LABEL_READ, false, "STOP: the label scanned is"
                    + " product " + result.product() + ", but this screen is for product " + product.id() + ". Scan"
                    + " this product's label."));
        }
        if (!result.passed() || attempt.findings.size() != result.findings().size()) {
            attempt.view = views.of(stored);
            return Optional.empty();
        }
        int known = product.events().size();
        product.administer(new Administration(result.patient(), attempt.site, attempt.verifier, step), plan.order());
        long id = insertAttempt(attempt, in, true, null);
        if (!products.append(stored, known, product)) {
            throw new Conflict("version", CHANGED);
        }
        if (!injections.record(stored, plan.version(), new PlanInjection(attempt.site, productId, step.at()))) {
            throw new Conflict("administration", "The " + attempt.site.describe() + " was injected under plan"
                    + " version " + plan.version() + " meanwhile, with another product. Nothing was recorded for"
                    + " this product; a repeat injection needs a new version of the plan that lists it.");
        }
        events.publishEvent(new ProductAdministered(product.id().value(), product.patientId(), patient.clinicId(),
                stored.planId(), attempt.site, step.by(), attempt.verifier, step.at()));
        audit.success(actor, AuditAction.UPDATE, product.patientId(), ChainOfCustody.PRODUCT, productId,
                "ADMINISTER -> " + product.state() + " site=" + attempt.site + " volumeMl=" + in.volumeMl()
                        + " planVersion=" + plan.version() + " attempt=" + id + ChainOfCustody.happened(step));
        return Optional.of(new AdministrationOutcome(true, id, attempt.findings,
                views.of(products.byIdentifier(productId).orElseThrow())));
    }

    /** The plan version in force, what it authorises and what was given under it, and the consent to it, now. */
    private Plan plan(Actor actor, Products.Stored stored) {
        PatientId patient = stored.product().patientId();
        PlanView view = plans.get(actor, patient, stored.planId());
        var consent = consents.consentInForce(patient, stored.planId());
        if (view.inForce() == null) {
            return new Plan(0, new TreatmentOrder(null, List.of(), List.of(), consent));
        }
        PlanVersion inForce = view.versions().get(view.inForce() - 1);
        return new Plan(inForce.number(), new TreatmentOrder(inForce.number(), inForce.details().sites(),
                injections.under(stored.planId(), inForce.number()), consent));
    }

    private record Plan(int version, TreatmentOrder order) {}

    /** The product a label names, only within the product's clinic, so a label reveals nothing elsewhere. */
    private Optional<CellProduct> lookup(ProductIdentifier id, Products.Stored current) {
        if (id.value().equals(current.product().id().value())) {
            return Optional.of(current.product());
        }
        return products.byIdentifier(id.value()).filter(s -> s.clinicId().equals(current.clinicId()))
                .map(Products.Stored::product);
    }

    /**
     * Records a refused attempt and audits it, after the refused work rolled back: the attempt in a transaction of
     * its own, then the DENIED row (the audit trail's own transaction), one connection at a time.
     *
     * @param reason why it was refused, or {@code null} when the bedside rules stopped it (the findings say why)
     */
    private long recordRefusal(Actor actor, AdministrationInput in, Attempt attempt, String reason) {
        long id = ownTransaction.execute(status -> insertAttempt(attempt, in, false, reason));
        String detail = reason != null ? "refused: " + reason : "stopped: " + attempt.findings.stream()
                .filter(f -> !f.passed()).map(f -> f.rule().name()).toList();
        audit.denied(actor, AuditAction.UPDATE, attempt.stored.product().patientId(), ATTEMPT, id, detail);
        return id;
    }

    private static String reason(RuntimeException refusal) {
        String text = refusal instanceof InvalidInput invalid ? invalid.fieldErrors().toString()
                : refusal instanceof Conflict conflict ? conflict.field() + ": " + conflict.getMessage()
                : "the check failed (" + refusal.getClass().getSimpleName() + ")";
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }

    private long insertAttempt(Attempt attempt, AdministrationInput in, boolean passed, String reason) {
        Products.Stored stored = attempt.stored;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into product_bedside_attempt (product_identifier, clinic_id, patient_id, wristband_text,
                    label_text, site_region, site_laterality, operator_user_id, operator, verifier_user_id, verifier,
                    attempted_at, happened_at, passed, findings_json, refused_because)
                values (:product, :clinic, :patient, :wristband, :label, :region, :side, :opId, :op, :verId, :ver,
                    :at, :happened, :passed, :findings, :reason)""")
                .param("product", stored.product().id().value())
                .param("clinic", stored.clinicId().value())
                .param("patient", stored.product().patientId().value())
                .param("wristband", clip(in.wristband()))
                .param("label", clip(in.productLabel()))
                .param("region", attempt.site == null ? null : attempt.site.region())
                .param("side", attempt.site == null ? null : attempt.site.laterality().name())
                .param("opId", attempt.operator.userId().value())
                .param("op", attempt.operator.displayName())
                .param("verId", attempt.verifier == null ? null : attempt.verifier.userId().value())
                .param("ver", attempt.verifier == null ? null : attempt.verifier.displayName())
                .param("at", attempt.at.atOffset(ZoneOffset.UTC))
                .param("happened", attempt.happenedAt.atOffset(ZoneOffset.UTC))
                .param("passed", passed)
                .param("findings", json.writeValueAsString(attempt.findings))
                .param("reason", reason)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static String clip(String scan) {
        return scan == null ? null : scan.length() > MAX_SCAN ? scan.substring(0, MAX_SCAN) : scan;
    }

    /** What one attempt has established so far, for its record whatever ends it. */
    private static final class Attempt {

        final StaffMember operator;
        final Instant at;
        final Instant happenedAt;
        final List<BedsideFinding> findings = new ArrayList<>();
        Products.Stored stored;
        InjectionSite site;
        StaffMember verifier;
        ProductView view;

        Attempt(StaffMember operator, Instant at, Instant happenedAt) {
            this.operator = operator;
            this.at = at;
            this.happenedAt = happenedAt;
        }
    }
}
