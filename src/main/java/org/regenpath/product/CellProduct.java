package org.regenpath.product;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * A cell product from harvest to injection or disposal: the aggregate that guards the chain of identity. It
 * belongs to one patient, carries a distinct identifier with no PHI in it (21 CFR 1271.290(c)), expires at a time
 * set at collection from the clinic's shelf life for its type, and moves only along the transitions of
 * {@link ProductState}. Every step appends an immutable {@link CustodyEvent}; the history is never edited.
 *
 * <p>Each command checks everything before it records anything: a refused command throws (naming the current
 * state) and leaves the product exactly as it was. Release needs the clinic's QC criteria met and a second person;
 * administration re-checks the bedside invariants ({@link BedsideCheck}) itself, so no caller can skip them.
 *
 * <p>{@link #version()} is the optimistic-locking version the persistence layer loads and checks; the domain
 * carries it and never changes it.
 */
public final class CellProduct {

    private final ProductIdentifier id;
    private final PatientId patientId;
    private final ProductType productType;
    private final CellSource cellSource;
    private final Instant expiresAt;
    private final List<CustodyEvent> events;
    private final long version;

    private CellProduct(ProductIdentifier id, PatientId patientId, ProductType productType, CellSource cellSource,
            Instant expiresAt, List<CustodyEvent> events, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.productType = Objects.requireNonNull(productType, "productType");
        this.cellSource = Objects.requireNonNull(cellSource, "cellSource");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.events = new ArrayList<>(events);
        this.version = version;
    }

    /**
     * Records the harvest of a new product for a patient. The expiry is the collection time plus the clinic's
     * shelf life for the product type.
     *
     * @throws NotConfigured when the clinic has not configured the product type
     */
    public static CellProduct collect(ProductIdentifier id, PatientId patient, ProductType type, CellSource source,
            ProductSettings settings, StepDetails step) {
        ProductTypeSettings configured = settings.require(type, "collected");
        CustodyEvent collected = CustodyEvent.of(1, CustodyStep.COLLECTED, step, step.at());
        return new CellProduct(id, patient, type, source, step.at().plus(configured.shelfLife()),
                List.of(collected), 0);
    }

    /**
     * A product as stored, for the persistence layer. The history is replayed to check it.
     *
     * @throws IllegalArgumentException when the events do not form a valid chain of custody
     */
    public static CellProduct restore(ProductIdentifier id, PatientId patient, ProductType type, CellSource source,
            Instant expiresAt, List<CustodyEvent> events, long version) {
        CustodyHistory.check(events);
        return new CellProduct(id, patient, type, source, expiresAt, events, version);
    }

    /** Processing starts; the device and kit lot are required, because recalls search by them. */
    public void startProcessing(StepDetails step) {
        prepare(CustodyStep.PROCESSING_STARTED, step);
        step.requireDeviceAndKitLot();
        append(CustodyStep.PROCESSING_STARTED, step);
    }

    /** Records QC results while processing; the product stays in PROCESSING. */
    public void recordQc(StepDetails step) {
        prepare(CustodyStep.QC_RECORDED, step);
        if (step.measurements().isEmpty()) {
            throw InvalidInput.of("measurements", "Enter at least one QC result");
        }
        append(CustodyStep.QC_RECORDED, step);
    }

    /**
     * Releases the product for administration.
     *
     * @throws NotConfigured when the clinic has no release criteria for the type
     * @throws ProductExpired when the product has expired
     * @throws ReleaseRequiresSecondPerson when the releaser processed it or recorded its QC
     * @throws QcCriteriaNotMet listing every unmet criterion of the QC recorded since processing last started
     */
    public void release(StepDetails step, ProductSettings settings) {
        prepare(CustodyStep.RELEASED, step);
        QcCriteria criteria = settings.require(productType, "released").criteria();
        if (isExpiredAt(step.at())) {
            throw new ProductExpired(id, state(), expiresAt, CustodyStep.RELEASED, step.zone());
        }
        if (CustodyHistory.processors(events).stream().anyMatch(p -> p.isSamePersonAs(step.by()))) {
            throw new ReleaseRequiresSecondPerson(id, state(), step.by());
        }
        List<String> unmet = criteria.unmet(CustodyHistory.qcSinceProcessingStarted(events),
                timeOutsideBodyAt(step.at()));
        if (!unmet.isEmpty()) {
            throw new QcCriteriaNotMet(id, state(), unmet);
        }
        append(CustodyStep.RELEASED, step);
    }

    /** Holds the product while something is in doubt; the notes give the reason. */
    public void quarantine(StepDetails step) {
        prepareWithReason(CustodyStep.QUARANTINED, step);
        append(CustodyStep.QUARANTINED, step);
    }

    /** Sends a quarantined product back to processing; QC must be recorded again before release. */
    public void resumeProcessing(StepDetails step) {
        prepare(CustodyStep.PROCESSING_RESUMED, step);
        append(CustodyStep.PROCESSING_RESUMED, step);
    }

    /** Rejects a quarantined product; the notes give the reason. It can then only be discarded. */
    public void reject(StepDetails step) {
        prepareWithReason(CustodyStep.REJECTED, step);
        append(CustodyStep.REJECTED, step);
    }

    /** Discards the product; the notes give the reason. Final. */
    public void discard(StepDetails step) {
        prepareWithReason(CustodyStep.DISCARDED, step);
        append(CustodyStep.DISCARDED, step);
    }

    /**
     * Records the injection, after checking the same invariants as the {@link BedsideCheck}.
     *
     * @param order what the approved plan of the patient on the wristband authorises and their consent to it
     * @throws IllegalTransition when the product is not RELEASED
     * @throws AdministrationRefused listing every bedside stop: another patient's product, expired, site not in
     *     the plan, site already injected under the plan version, volume beyond the planned dose, consent
     *     withdrawn, no second person
     */
    public void administer(Administration administration, TreatmentOrder order) {
        prepare(CustodyStep.ADMINISTERED, administration.step());
        List<BedsideFinding> stops = AdministrationRules.evaluate(this, administration.patient(),
                        administration.site(), administration.step().measurements().volumeMl(), order,
                        administration.operator(),
                        administration.verifier(), administration.step().at(), administration.step().zone())
                .stream()
                .filter(f -> !f.passed())
                .toList();
        if (!stops.isEmpty()) {
            throw new AdministrationRefused(id, state(), stops);
        }
        events.add(CustodyEvent.administration(events.size() + 1, administration, collectedAt()));
    }

    private void prepareWithReason(CustodyStep step, StepDetails details) {
        prepare(step, details);
        details.requireReason(step);
    }

    private void prepare(CustodyStep step, StepDetails details) {
        if (!state().allows(step)) {
            throw new IllegalTransition(id, state(), step);
        }
        requireNotBeforePrevious(details);
    }

    /**
     * A step, late entries included, never happened before the step it follows (and so never before the
     * collection): the chain of custody is in the order things happened, whenever they were recorded.
     */
    private void requireNotBeforePrevious(StepDetails details) {
        CustodyEvent previous = latest();
        if (details.at().isBefore(previous.at())) {
            throw InvalidInput.of(StepDetails.HAPPENED_AT, "It cannot have happened before the step it follows ("
                    + previous.step().label() + " at " + DateStyle.time(previous.at(), details.zone()) + ")");
        }
    }

    private void append(CustodyStep step, StepDetails details) {
        events.add(CustodyEvent.of(events.size() + 1, step, details, collectedAt()));
    }

    public ProductIdentifier id() {
        return id;
    }

    public PatientId patientId() {
        return patientId;
    }

    public ProductType productType() {
        return productType;
    }

    public CellSource cellSource() {
        return cellSource;
    }

    public ProductState state() {
        return latest().stateAfter();
    }

    public Instant collectedAt() {
        return events.get(0).at();
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Expired from the expiry instant on. */
    public boolean isExpiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /** Time outside the body at the given moment: the time since collection. */
    public Duration timeOutsideBodyAt(Instant at) {
        return Duration.between(collectedAt(), at);
    }

    /** The chain of custody, oldest first; an unmodifiable copy. */
    public List<CustodyEvent> events() {
        return List.copyOf(events);
    }

    /** The administration, once the product has been given. */
    public Optional<CustodyEvent> administration() {
        return events.stream().filter(e -> e.step() == CustodyStep.ADMINISTERED).findFirst();
    }

    /** The optimistic-locking version, owned by the persistence layer. */
    public long version() {
        return version;
    }

    private CustodyEvent latest() {
        return events.get(events.size() - 1);
    }

    @Override
    public String toString() {
        return "CellProduct " + id + " (" + state() + ")";
    }
}
