package org.regenpath.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.ConsentDocument;
import org.regenpath.procedure.ProcedureLookup;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adverse event record's API. Clinicians of the patient's clinic record, grade, judge, revise and close events;
 * coordinators read them and enter drafts of what patients tell them by phone (no grade, no judgement, no closing).
 * Every change appends a version with who made it; every read, write and refusal is in the audit trail. Other
 * modules' records (the procedure, the product and its harvest) are read through their lookups in this
 * transaction, within the patient's clinic.
 */
@Service
public class AdverseEvents {

    static final String RESOURCE = "AdverseEvent";
    static final Set<Role> READERS = Set.of(Role.CLINICIAN, Role.COORDINATOR);
    private static final Set<Role> JUDGES = Set.of(Role.CLINICIAN);

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final AdverseEventRecords records;
    private final ProcedureLookup procedures;
    private final ProductLookup products;
    private final ClinicZones zones;
    private final Clock clock;
    private final EventClocks clocks;
    private final AdverseEventTerms terms = AdverseEventTerms.shipped();
    private final ConsentDocument consent = ConsentDocument.fromClasspath();

    AdverseEvents(PatientRegistry registry, AuditTrail audit, AdverseEventRecords records,
            ProcedureLookup procedures, ProductLookup products, ClinicZones zones, Clock clock, EventClocks clocks) {
        this.registry = registry;
        this.audit = audit;
        this.records = records;
        this.procedures = procedures;
        this.products = products;
        this.zones = zones;
        this.clock = clock;
        this.clocks = clocks;
    }

    /** The term catalog the form offers. */
    public AdverseEventTerms terms() {
        return terms;
    }

    /**
     * Why the term would be expected: the consent document section that tells the patient of it, in words; empty
     * when the consent does not name it. A suggestion: the clinician decides and records expectedness.
     */
    public Optional<String> expectedBecause(String termKey) {
        return terms.byKey(termKey).filter(t -> t.consentSection() != null).flatMap(t -> consent.sections().stream()
                .filter(s -> s.id().equals(t.consentSection())).findFirst()
                .map(s -> "The consent document (" + consent.title() + ", version " + consent.version()
                        + "), section \u201c" + s.heading() + "\u201d, says: \u201c" + t.consentSays() + "\u201d"));
    }

    /**
     * The patient's procedures an event may follow, by id, in words (day, sites, product), newest first.
     *
     * @throws NotFound when the patient is not in the actor's clinic
     */
    @Transactional
    public Map<Long, String> procedureChoices(Actor actor, PatientId patient) {
        PatientView who = registry.authorize(actor, patient, AuditAction.READ, RESOURCE, READERS);
        Map<Long, String> choices = new LinkedHashMap<>();
        List<ProcedureRecord> records = procedures.byPatient(who.clinicId(), patient);
        for (int i = records.size() - 1; i >= 0; i--) {
            ProcedureRecord r = records.get(i);
            choices.put(r.id(), DateStyle.day(r.performedAt(), zones.zoneOf(who.clinicId())) + ": " + r.sites().stream()
                    .map(s -> s.site().describe()).collect(java.util.stream.Collectors.joining(", "))
                    + ", product " + r.productId());
        }
        audit.success(actor, AuditAction.READ, patient, "ProcedureRecord", null, "procedures=" + records.size());
        return choices;
    }

    /** The patient's events, newest first. */
    @Transactional
    public List<AdverseEvent> list(Actor actor, PatientId patient) {
        PatientView who = registry.authorize(actor, patient, AuditAction.READ, RESOURCE, READERS);
        List<AdverseEvent> events = records.byPatient(who.clinicId(), patient);
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "events=" + events.size());
        return events;
    }

    /**
     * One event with its versions.
     *
     * @throws NotFound when there is none in the actor's clinic (another clinic's reads the same)
     */
    @Transactional
    public AdverseEvent get(Actor actor, long eventId) {
        AdverseEvent event = find(actor, eventId, AuditAction.READ);
        registry.authorize(actor, event.patientId(), AuditAction.READ, RESOURCE, READERS);
        audit.success(actor, AuditAction.READ, event.patientId(), RESOURCE, eventId, "version="
                + event.current().number());
        return event;
    }

    /**
     * Records a new event: graded and judged by a clinician, a draft when a coordinator enters it.
     *
     * @throws org.regenpath.shared.InvalidInput naming every wrong field; nothing is written
     */
    @Transactional
    public AdverseEvent record(Actor actor, PatientId patient, AdverseEventInput in) {
        return record(actor, patient, in, null);
    }

    /** Records a new event the clinic first knew of at {@code firstKnownAt} (a report), or now when null. */
    @Transactional
    AdverseEvent record(Actor actor, PatientId patient, AdverseEventInput in, Instant firstKnownAt) {
        requireJudge(actor, in, AuditAction.CREATE, patient, null);
        PatientView who = registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, READERS);
        AdverseEvent.Checked checked = check(actor, who, in, AuditAction.CREATE, null);
        Instant now = now();
        long id = records.insert(who.clinicId(), patient, checked.status(), checked.details(),
                firstKnownAt == null ? now : firstKnownAt, actor.staffMember(), now);
        audit.success(actor, AuditAction.CREATE, patient, RESOURCE, id, summary(checked));
        AdverseEvent recorded = records.byId(who.clinicId(), id).orElseThrow();
        clocks.start(actor, who.clinicId(), recorded);
        return recorded;
    }

    /**
     * Revises an event: the change becomes its newest version, the earlier ones stay.
     *
     * @param expectedVersion the version the writer read
     * @throws Conflict on {@code version} when someone saved a newer version meanwhile
     */
    @Transactional
    public AdverseEvent revise(Actor actor, long eventId, int expectedVersion, AdverseEventInput in) {
        requireJudge(actor, in, AuditAction.UPDATE, null, eventId);
        AdverseEvent event = find(actor, eventId, AuditAction.UPDATE);
        PatientView who = registry.authorize(actor, event.patientId(), AuditAction.UPDATE, RESOURCE, READERS);
        AdverseEvent.Checked checked = check(actor, who, in, AuditAction.UPDATE, event);
        if (expectedVersion != event.current().number()
                || !records.revise(eventId, expectedVersion + 1, checked.status(), checked.details(),
                        actor.staffMember(), now())) {
            throw new Conflict("version", "Someone saved a newer version of this event meanwhile (version "
                    + event.current().number() + "); open it again to see the change.");
        }
        audit.success(actor, AuditAction.UPDATE, event.patientId(), RESOURCE, eventId,
                "version=" + (expectedVersion + 1) + " " + summary(checked));
        AdverseEvent revised = records.byId(who.clinicId(), eventId).orElseThrow();
        clocks.start(actor, who.clinicId(), revised);
        return revised;
    }

    /** The patient's events in words, by id, newest first, for the triage list's "link" (the caller audits). */
    Map<Long, String> linkable(ClinicId clinic, PatientId patient) {
        Map<Long, String> out = new LinkedHashMap<>();
        records.byPatient(clinic, patient).forEach(e -> out.put(e.id(), e.details().termName() + ", began "
                + DateStyle.day(e.details().onsetDate(), zones.zoneOf(clinic)) + (e.details().grade() == null ? ", not graded yet"
                        : ", grade " + e.details().grade())));
        return out;
    }

    /**
     * Which expedited reporting rules apply to the event, in words: the pathway its product's plan was approved on
     * and the regime it maps to, or why none is known. The read is audited.
     */
    @Transactional
    public String reportingBasis(Actor actor, AdverseEvent event) {
        PatientView who = registry.authorize(actor, event.patientId(), AuditAction.READ, RESOURCE, READERS);
        String basis = clocks.basis(who.clinicId(), event);
        audit.success(actor, AuditAction.READ, event.patientId(), RESOURCE, event.id(), "reporting basis");
        return basis;
    }

    /**
     * Marks the event's report of one kind as sent, for a clinician; the role is checked before the event is looked
     * up, so a refused role learns nothing of whether it exists.
     *
     * @see ReportingClocks#markSubmitted(Actor, PatientId, long, ReportingClockRule.Kind, LocalDate, String)
     */
    @Transactional
    public ReportingClockRecord markReportSent(Actor actor, long eventId, ReportingClockRule.Kind kind,
            LocalDate sentOn, String reference) {
        registry.inClinic(actor, List.of(), AuditAction.UPDATE, ReportingClocks.RESOURCE, JUDGES);
        AdverseEvent event = find(actor, eventId, AuditAction.UPDATE);
        return clocks.markSent(actor, event, kind, sentOn, reference);
    }

    /** The clinic's event of this patient, for the triage list's "link" (no audit: the caller audits). */
    Optional<AdverseEvent> inClinic(ClinicId clinic, long eventId) {
        return records.byId(clinic, eventId);
    }

    /**
     * The event of the actor's clinic. The role is checked first, so that a refused role learns nothing of whether
     * the event exists; another clinic's event answers like none.
     */
    private AdverseEvent find(Actor actor, long eventId, AuditAction action) {
        return find(actor, eventId, action, READERS);
    }

    /** {@link #find(Actor, long, AuditAction)} for a read open to fewer roles (the look-back). */
    AdverseEvent find(Actor actor, long eventId, AuditAction action, Set<Role> allowed) {
        registry.inClinic(actor, List.of(), action, RESOURCE, allowed);
        Optional<AdverseEvent> event = actor.clinicId() == null ? Optional.empty()
                : records.byId(actor.clinicId(), eventId);
        if (event.isEmpty()) {
            audit.denied(actor, action, null, RESOURCE, eventId, "no such adverse event in the actor's clinic");
            throw new NotFound("No adverse event " + eventId + " in your clinic.");
        }
        return event.get();
    }

    /** Checks the input for this actor: only a clinician grades, judges and closes, or changes a graded event. */
    private AdverseEvent.Checked check(Actor actor, PatientView who, AdverseEventInput in, AuditAction action,
            AdverseEvent existing) {
        boolean clinician = actor.hasRole(Role.CLINICIAN);
        if (!clinician && existing != null && existing.status() != AdverseEventStatus.DRAFT) {
            audit.denied(actor, action, who.id(), RESOURCE, existing == null ? null : existing.id(),
                    "only a clinician grades, judges or closes an adverse event");
            throw new AccessDenied("Only a clinician grades, judges or closes an adverse event; a coordinator "
                    + "enters a draft of what the patient said.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate procedureDay = procedureDay(who, in.procedureId(), errors);
        product(who, in.productId(), errors);
        LocalDate today = zones.dayOf(who.clinicId(), now());
        return AdverseEvent.check(in, new AdverseEvent.Rules(terms, today, procedureDay, clinician), errors);
    }

    /**
     * Refuses a judgement (grade, seriousness, relatedness, expectedness, closing) from anyone but a clinician, before
     * any record is looked up, so the refusal tells nothing of whether the patient or event exists.
     */
    private void requireJudge(Actor actor, AdverseEventInput in, AuditAction action, PatientId patient,
            Long eventId) {
        if (actor.hasRole(Role.COORDINATOR) && in != null && judged(in)) {
            audit.denied(actor, action, patient, RESOURCE, eventId != null ? eventId : patient,
                    "only a clinician grades, judges or closes an adverse event");
            throw new AccessDenied("Only a clinician grades, judges or closes an adverse event; a coordinator "
                    + "enters a draft of what the patient said.");
        }
    }

    private static boolean judged(AdverseEventInput in) {
        return in.grade() != null || !in.seriousness().isEmpty() || in.harvestRelatedness() != null
                || in.injectionRelatedness() != null || in.productRelatedness() != null || in.expected() != null
                || in.closed();
    }

    private LocalDate procedureDay(PatientView who, Long procedureId, Map<String, String> errors) {
        if (procedureId == null) {
            return null;
        }
        Optional<ProcedureRecord> p = procedures.byId(who.clinicId(), procedureId)
                .filter(r -> r.patientId().equals(who.id()));
        if (p.isEmpty()) {
            errors.put("procedureId", "No procedure " + procedureId + " of this patient");
            return null;
        }
        return zones.dayOf(who.clinicId(), p.get().performedAt());
    }

    private void product(PatientView who, String productId, Map<String, String> errors) {
        if (productId == null || productId.isBlank()) {
            return;
        }
        Optional<ProductView> p = products.byId(who.clinicId(), productId).filter(v -> v.patientId().equals(who.id()));
        if (p.isEmpty()) {
            errors.put("productId", "No product " + productId.strip() + " of this patient");
        }
    }

    private static String summary(AdverseEvent.Checked c) {
        AdverseEventDetails d = c.details();
        return "status=" + c.status() + " term=" + d.term().key() + " grade=" + d.grade() + " serious="
                + d.serious();
    }

    private Instant now() {
        // The databases keep microseconds: what is returned is what was stored.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
