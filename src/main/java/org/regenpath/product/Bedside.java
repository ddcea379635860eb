package org.regenpath.product;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bedside verification and injection (issue #4, item 6). A clinician of the patient's clinic scans the
 * wristband and the product label; a colleague confirms with their own credentials; {@link BedsideCheck} applies
 * every hard stop, among them a consent the patient withdrew after the plan was approved. Every attempt, passed or stopped, is recorded in {@code product_bedside_attempt} and audited; a
 * passed check records the administration on the product and publishes {@link ProductAdministered}.
 */
@Service
public class Bedside {

    static final String ATTEMPT = "BedsideCheck";
    static final Set<Role> OPERATORS = Set.of(Role.CLINICIAN);
    private static final int MAX_SCAN = 64;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final TreatmentPlans plans;
    private final ConsentLookup consents;
    private final Products products;
    private final ProductViews views;
    private final SecondPerson secondPerson;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BedsideCheck check = new BedsideCheck(new RegenpathIdScheme());

    Bedside(PatientRegistry registry, AuditTrail audit, TreatmentPlans plans, ConsentLookup consents,
            Products products, ProductViews views, SecondPerson secondPerson, JdbcClient jdbc, JsonMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.plans = plans;
        this.consents = consents;
        this.products = products;
        this.views = views;
        this.secondPerson = secondPerson;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the scans and, when every rule passes, records the injection. A stopped check is recorded and
     * returned, not thrown, so that the record of the attempt commits.
     *
     * @throws InvalidInput when the second person's credentials are wrong, or a field is
     * @throws Conflict on {@code version} when the product changed since the screen read it
     */
    @Transactional
    public AdministrationOutcome administer(Actor actor, String productId, AdministrationInput in) {
        Products.Stored stored = products.byIdentifier(productId == null ? "" : productId).orElseThrow(() -> {
            audit.denied(actor, AuditAction.UPDATE, null, ChainOfCustody.PRODUCT, productId, "no such product");
            return ChainOfCustody.noSuchProduct(productId);
        });
        CellProduct product = stored.product();
        PatientView patient = ChainOfCustody.authorizeOwner(registry, actor, product, productId, AuditAction.UPDATE,
                ATTEMPT, OPERATORS);
        if (in.version() == null || in.version() != product.version()) {
            throw new Conflict("version", "This product changed since the screen was opened; reload and scan again.");
        }
        StaffMember verifier = in.verifierEmail() == null || in.verifierEmail().isBlank() ? null
                : secondPerson.confirm(actor, in.verifierEmail(), in.verifierPassword());
        InjectionSite site = in.siteRegion() == null || in.siteRegion().isBlank() || in.siteLaterality() == null
                ? null : new InjectionSite(in.siteRegion(), in.siteLaterality());
        StepDetails step = new StepDetails(ChainOfCustody.staff(actor), Instant.now(clock), in.location(), null,
                null, new Measurements(in.volumeMl(), null, null, null, null), in.notes());
        TreatmentOrder order = order(actor, stored);
        BedsideResult result = check.check(new BedsideScan(in.wristband(), in.productLabel(), site, step.by(),
                verifier, step.at()), order, id -> lookup(id, stored));
        List<BedsideFinding> findings = new ArrayList<>(result.findings());
        if (result.product() != null && !result.product().value().equals(product.id().value())) {
            findings.add(new BedsideFinding(BedsideRule.LABEL_READ, false, "STOP: the label scanned is product "
                    + result.product() + ", but this screen is for product " + product.id() + ". Scan this product's"
                    + " label."));
        }
        boolean passed = result.passed() && findings.size() == result.findings().size();
        long attempt = recordAttempt(stored, in, site, step, verifier, passed, findings);
        if (!passed) {
            audit.denied(actor, AuditAction.UPDATE, product.patientId(), ATTEMPT, attempt, "stopped: "
                    + result.stops().stream().map(f -> f.rule().name()).toList());
            return new AdministrationOutcome(false, attempt, findings, views.of(stored));
        }
        int known = product.events().size();
        product.administer(new Administration(result.patient(), site, verifier, step), order);
        if (!products.append(stored, known, product)) {
            throw new Conflict("version", "This product changed meanwhile; reload and scan again.");
        }
        events.publishEvent(new ProductAdministered(product.id().value(), product.patientId(), patient.clinicId(),
                stored.planId(), site, step.by(), verifier, step.at()));
        audit.success(actor, AuditAction.UPDATE, product.patientId(), ChainOfCustody.PRODUCT, productId,
                "ADMINISTER -> " + product.state() + " site=" + site + " attempt=" + attempt);
        return new AdministrationOutcome(true, attempt, findings,
                views.of(products.byIdentifier(productId).orElseThrow()));
    }

    /** The sites of the product's plan in force and the patient's consent to it, as they stand now. */
    private TreatmentOrder order(Actor actor, Products.Stored stored) {
        PatientId patient = stored.product().patientId();
        PlanView plan = plans.get(actor, patient, stored.planId());
        Set<InjectionSite> sites = plan.inForce() == null ? Set.of()
                : plan.versions().get(plan.inForce() - 1).details().injectionSites();
        return new TreatmentOrder(sites, consents.consentInForce(patient, stored.planId()));
    }

    /** The product a label names, only within the product's clinic, so a label reveals nothing elsewhere. */
    private Optional<CellProduct> lookup(ProductIdentifier id, Products.Stored current) {
        if (id.value().equals(current.product().id().value())) {
            return Optional.of(current.product());
        }
        return products.byIdentifier(id.value()).filter(s -> s.clinicId().equals(current.clinicId()))
                .map(Products.Stored::product);
    }

    private long recordAttempt(Products.Stored stored, AdministrationInput in, InjectionSite site, StepDetails step,
            StaffMember verifier, boolean passed, List<BedsideFinding> findings) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into product_bedside_attempt (product_identifier, clinic_id, patient_id, wristband_text,
                    label_text, site_region, site_laterality, operator_user_id, operator, verifier_user_id, verifier,
                    attempted_at, passed, findings_json)
                values (:product, :clinic, :patient, :wristband, :label, :region, :side, :opId, :op, :verId, :ver,
                    :at, :passed, :findings)""")
                .param("product", stored.product().id().value())
                .param("clinic", stored.clinicId().value())
                .param("patient", stored.product().patientId().value())
                .param("wristband", clip(in.wristband()))
                .param("label", clip(in.productLabel()))
                .param("region", site == null ? null : site.region())
                .param("side", site == null ? null : site.laterality().name())
                .param("opId", step.by().userId().value())
                .param("op", step.by().displayName())
                .param("verId", verifier == null ? null : verifier.userId().value())
                .param("ver", verifier == null ? null : verifier.displayName())
                .param("at", step.at().atOffset(ZoneOffset.UTC))
                .param("passed", passed)
                .param("findings", json.writeValueAsString(findings))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static String clip(String scan) {
        return scan == null ? null : scan.length() > MAX_SCAN ? scan.substring(0, MAX_SCAN) : scan;
    }
}
