package org.regenpath.product;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.ConsentLookup;
import org.regenpath.planning.PlanVersion;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.regenpath.shared.Paging;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of custody's API: collect a product for a patient's approved plan, record each custody step, and
 * read a product with its whole history or the clinic's lab board. Lab technicians and clinicians of the
 * patient's clinic record steps; coordinators also read. Every access and refusal is audited; the product guards
 * its own transitions (an illegal one is a {@link Conflict} naming the current state) and a stale version is a
 * {@link Conflict} on {@code version}. Nothing is collected or released under a plan whose consent the patient
 * withdrew. Publishes {@link ProductReleased}.
 */
@Service
public class ChainOfCustody {

    static final String PRODUCT = "CellProduct";
    static final Set<Role> HANDLERS = Set.of(Role.LAB_TECHNICIAN, Role.CLINICIAN);
    static final Set<Role> READERS = Set.of(Role.LAB_TECHNICIAN, Role.CLINICIAN, Role.COORDINATOR);

    /**
     * Whether the actor's role may record custody steps (process, QC, release, quarantine, discard): the rule
     * {@code record} applies, for pages to offer the step form.
     */
    public boolean mayRecordSteps(Actor actor) {
        return PatientRegistry.allows(actor, HANDLERS);
    }
    static final int BOARD_LIMIT = 200;
    private static final int ID_ATTEMPTS = 5;

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final TreatmentPlans plans;
    private final ConsentLookup consents;
    private final Products products;
    private final ProductViews views;
    private final ClinicProductSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicZones zones;
    private final RegenpathIdScheme ids = new RegenpathIdScheme();

    ChainOfCustody(PatientRegistry registry, AuditTrail audit, TreatmentPlans plans, ConsentLookup consents,
            Products products, ProductViews views, ClinicProductSettings settings, ApplicationEventPublisher events,
            Clock clock, ClinicZones zones) {
        this.registry = registry;
        this.audit = audit;
        this.plans = plans;
        this.consents = consents;
        this.products = products;
        this.views = views;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.zones = zones;
    }

    /**
     * Records the harvest of a product for the patient's approved plan and gives it a new identifier.
     *
     * @throws Conflict on {@code planId} when the plan has no approved version, on {@code consent} when the
     *     patient's consent to it is not in force (withdrawn); nothing is written
     * @throws NotConfigured when the clinic has not configured the plan's product type
     */
    @Transactional
    public ProductView collect(Actor actor, PatientId patient, CollectInput in) {
        PatientView view = registry.authorize(actor, patient, AuditAction.CREATE, PRODUCT, HANDLERS);
        if (in.planId() == null) {
            throw InvalidInput.of("planId", "Choose the approved treatment plan this product is collected for");
        }
        PlanView plan = plans.get(actor, patient, in.planId());
        if (plan.inForce() == null) {
            throw new Conflict("planId", "Treatment plan " + plan.id() + " has no approved version; approve it"
                    + " before collecting.");
        }
        PlanVersion approved = plan.versions().get(plan.inForce() - 1);
        ZoneId zone = zones.zoneOf(view.clinicId());
        requireConsent(patient, plan.id(), zone, "Nothing was collected.");
        StepDetails step = StepDetails.entered(staff(actor), in.happenedAt(), Instant.now(clock), zone, in.location(),
                in.device(), in.kitLot(), in.measurements(), in.notes());
        CellProduct product = CellProduct.collect(newIdentifier(), patient, approved.details().productType(),
                approved.details().cellSource(), settings.forClinic(view.clinicId()), step);
        products.insert(view.clinicId(), plan.id(), approved.number(), product);
        audit.success(actor, AuditAction.CREATE, patient, PRODUCT, product.id().value(),
                "collected " + product.productType() + " plan=" + plan.id() + " v" + approved.number()
                        + happened(step));
        return views.of(products.byIdentifier(product.id().value()).orElseThrow());
    }

    /**
     * Records one custody step.
     *
     * @throws IllegalTransition when the step is not allowed from the current state
     * @throws ReleaseRequiresSecondPerson when the releaser processed the product or recorded its QC
     * @throws Conflict on {@code consent} when releasing a product whose plan's consent is not in force
     * @throws Conflict on {@code version} when someone else recorded a step meanwhile
     */
    @Transactional
    public ProductView record(Actor actor, String productId, CustodyInput in) {
        Products.Stored stored = find(actor, productId, AuditAction.UPDATE, HANDLERS);
        PatientView view = authorizeOwner(registry, actor, stored.product(), productId, AuditAction.UPDATE, PRODUCT,
                HANDLERS);
        if (in.action() == null) {
            throw InvalidInput.of("action", "Choose PROCESS, QC, QUARANTINE, RESUME, REJECT, RELEASE or DISCARD");
        }
        if (in.version() == null) {
            throw InvalidInput.of("version", "Send the version of the product you read");
        }
        CellProduct product = stored.product();
        if (product.version() != in.version()) {
            throw stale();
        }
        ZoneId zone = zones.zoneOf(stored.clinicId());
        if (in.action() == CustodyAction.RELEASE && product.state().allows(CustodyStep.RELEASED)) {
            requireConsent(product.patientId(), stored.planId(), zone, "The product was not released; quarantine or"
                    + " discard it, or release it once the patient has consented to a new version of the plan.");
        }
        int known = product.events().size();
        StepDetails step = StepDetails.entered(staff(actor), in.happenedAt(), Instant.now(clock), zone, in.location(),
                in.device(), in.kitLot(), in.measurements(), in.notes());
        apply(product, in.action(), step, view);
        if (!products.append(stored, known, product)) {
            throw stale();
        }
        if (in.action() == CustodyAction.RELEASE) {
            events.publishEvent(new ProductReleased(product.id().value(), product.patientId(), view.clinicId(),
                    product.productType(), product.expiresAt(), step.at()));
        }
        audit.success(actor, AuditAction.UPDATE, product.patientId(), PRODUCT, productId,
                in.action() + " -> " + product.state() + happened(step));
        return views.of(products.byIdentifier(productId).orElseThrow());
    }

    /** A product with its whole chain of custody. */
    @Transactional
    public ProductView get(Actor actor, String productId) {
        Products.Stored stored = find(actor, productId, AuditAction.READ, READERS);
        authorizeOwner(registry, actor, stored.product(), productId, AuditAction.READ, PRODUCT, READERS);
        audit.success(actor, AuditAction.READ, stored.product().patientId(), PRODUCT, productId, null);
        return views.of(stored);
    }

    /**
     * The patient a collection is about to be recorded for, as their label names them, for the collection form: only
     * those who may collect see it, and the read is audited.
     *
     * @throws NotFound when the patient does not exist or belongs to another clinic
     */
    @Transactional
    public String collectionPatient(Actor actor, PatientId patient) {
        PatientView p = registry.authorize(actor, patient, AuditAction.READ, PRODUCT, HANDLERS);
        audit.success(actor, AuditAction.READ, patient, PRODUCT, patient, "collection form");
        return labelName(p);
    }

    private static String labelName(PatientView p) {
        return p.familyName() + ", " + p.givenName() + " · MRN " + p.mrn();
    }

    /**
     * The patients of these products as their labels name them ("Family, Given · MRN …"), for the lab pages: the
     * lab may not open charts, but it reads on the screen what the label it prints shows. Patients of another
     * clinic are left out. The caller has already read the products (and audited that read).
     */
    @Transactional(readOnly = true)
    public Map<PatientId, String> labelNames(Actor actor, Collection<PatientId> patients) {
        Map<PatientId, String> names = new LinkedHashMap<>();
        registry.inClinic(actor, patients, AuditAction.READ, PRODUCT, READERS).forEach((id, p) ->
                names.put(id, labelName(p)));
        return names;
    }

    /** The lab board's JSON list: the clinic's newest {@value #BOARD_LIMIT} products, in one state or all. */
    @Transactional
    public List<ProductView> board(Actor actor, ProductState state) {
        return board(actor, state, new Paging(0, BOARD_LIMIT)).items();
    }

    /** One page of the lab board: the clinic's products, newest first, in one state or all, and how many. */
    @Transactional
    public ResultPage<ProductView> board(Actor actor, ProductState state, Paging paging) {
        requireReader(audit, actor, PRODUCT, "the lab board");
        ResultPage<Products.Stored> found = products.board(actor.clinicId(), state, paging);
        ResultPage<ProductView> page = new ResultPage<>(views.of(found.items()), found.page(), found.size(),
                found.total());
        audit.success(actor, AuditAction.SEARCH, null, PRODUCT, null, "state=" + state + " page=" + paging.page()
                + " results=" + page.items().size() + " of " + page.total());
        return page;
    }

    /** Refuses (audited as a search of {@code resource}) an actor who may not read the lab's lists. */
    static void requireReader(AuditTrail audit, Actor actor, String resource, String what) {
        if (!actor.hasRole(READERS.toArray(Role[]::new))) {
            audit.denied(actor, AuditAction.SEARCH, null, resource, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not see " + what + ".");
        }
    }

    private void apply(CellProduct product, CustodyAction action, StepDetails step, PatientView patient) {
        switch (action) {
            case PROCESS -> product.startProcessing(step);
            case QC -> product.recordQc(step);
            case QUARANTINE -> product.quarantine(step);
            case RESUME -> product.resumeProcessing(step);
            case REJECT -> product.reject(step);
            case RELEASE -> product.release(step, settings.forClinic(patient.clinicId()));
            case DISCARD -> product.discard(step);
        }
    }

    /**
     * Refuses a step on a plan whose consent is not in force: a patient may withdraw consent at any time, and
     * nothing more is done under the plan after they have (see {@link BedsideRule#CONSENT_IN_FORCE}).
     */
    private void requireConsent(PatientId patient, long planId, ZoneId zone, String outcome) {
        ConsentInForce consent = consents.consentInForce(patient, planId);
        if (consent.withdrawn()) {
            throw new Conflict("consent", AdministrationRules.withdrawnSentence(consent.withdrawal(), zone) + " "
                    + outcome);
        }
        if (!consent.inForce()) {
            throw new Conflict("consent", "The patient's consent to treatment plan " + planId + " is not in force ("
                    + consent.status().label() + "). " + outcome);
        }
    }

    private ProductIdentifier newIdentifier() {
        for (int i = 0; i < ID_ATTEMPTS; i++) {
            ProductIdentifier id = ids.next();
            if (!products.identifierTaken(id)) {
                return id;
            }
        }
        throw new IllegalStateException("No free product identifier after " + ID_ATTEMPTS + " attempts");
    }

    private Products.Stored find(Actor actor, String productId, AuditAction action, Set<Role> allowed) {
        return find(products, audit, actor, productId, action, PRODUCT, allowed);
    }

    /**
     * The product asked for, once the actor's role may do {@code action} at all: a role the action is closed to is
     * refused (403) before the product is looked up, so the refusal is the same whether or not it exists
     * (decision 0025); then a product that is not there answers {@link #noSuchProduct}. Both refusals are audited.
     */
    static Products.Stored find(Products products, AuditTrail audit, Actor actor, String productId,
            AuditAction action, String resourceType, Set<Role> allowed) {
        java.util.Optional<Products.Stored> found = products.byIdentifier(productId == null ? ""
                : productId.strip().toUpperCase(java.util.Locale.ROOT));
        if (!PatientRegistry.allows(actor, allowed)) {
            audit.denied(actor, action, found.map(s -> s.product().patientId()).orElse(null), resourceType,
                    productId, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not do this.");
        }
        return found.orElseThrow(() -> {
            audit.denied(actor, action, null, resourceType, productId, "no such product");
            return noSuchProduct(productId);
        });
    }

    /** The one answer for a product that is not there and for another clinic's product, naming only the id asked. */
    static NotFound noSuchProduct(String productId) {
        return new NotFound("No product " + productId + " in your clinic.");
    }

    /**
     * Authorises the actor for the product's patient (audited there). Another clinic's product answers exactly as no
     * product does ({@link #noSuchProduct}), never naming its patient.
     */
    static PatientView authorizeOwner(PatientRegistry registry, Actor actor, CellProduct product, String productId,
            AuditAction action, String resourceType, Set<Role> allowed) {
        try {
            return registry.authorize(actor, product.patientId(), action, resourceType, allowed);
        } catch (NotFound e) {
            throw noSuchProduct(productId);
        }
    }

    /**
     * For the audit row of a step entered after the fact, when it happened (21 CFR 11.10(e): the audit trail keeps
     * both times; its own time is the recording's); nothing for a step recorded as it happens.
     */
    static String happened(StepDetails step) {
        return step.at().equals(step.recordedAt()) ? "" : " happenedAt=" + step.at();
    }

    static StaffMember staff(Actor actor) {
        return actor.staffMember();
    }

    private static Conflict stale() {
        return new Conflict("version", "Someone else recorded a step for this product meanwhile; reload it and"
                + " try again.");
    }
}
