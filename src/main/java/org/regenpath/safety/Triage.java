package org.regenpath.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.followup.FollowupLookup;
import org.regenpath.followup.ProblemReport;
import org.regenpath.followup.ProblemReported;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's triage list: every problem report and every reaction answered "yes" on a solicited checklist arrives
 * once (a redelivered event adds nothing) and stays open until a clinician confirms it as an adverse event, links it
 * to one already recorded, or dismisses it with a reason. Nothing removes an item and none is closed without a
 * clinician's decision (decision 0040). Clinicians and coordinators read the list; clinicians decide. Every read,
 * decision and refusal is audited.
 */
@Service
public class Triage {

    static final String RESOURCE = "TriageItem";
    static final int RECENT = 20;
    private static final Set<Role> DECIDERS = Set.of(Role.CLINICIAN);

    private final TriageItems items;
    private final AdverseEvents events;
    private final PatientRegistry registry;
    private final FollowupLookup followup;
    private final AuditTrail audit;
    private final Clock clock;

    Triage(TriageItems items, AdverseEvents events, PatientRegistry registry, FollowupLookup followup,
            AuditTrail audit, Clock clock) {
        this.items = items;
        this.events = events;
        this.registry = registry;
        this.followup = followup;
        this.audit = audit;
        this.clock = clock;
    }

    /** Puts a reported problem on the list, once. */
    @Transactional
    public void arrived(ProblemReported reported) {
        items.insertIfAbsent(TriageItem.arrived(reported));
    }

    /** Puts each reaction answered "yes" on the list, once each. */
    @Transactional
    public void arrived(SolicitedReactionsReported answered) {
        TriageItem.arrived(answered).forEach(items::insertIfAbsent);
    }

    /** The clinic's open items, oldest first, then the ones decided most recently. */
    @Transactional
    public List<TriageEntry> list(Actor actor) {
        registry.inClinic(actor, List.of(), AuditAction.READ, RESOURCE, AdverseEvents.READERS);
        List<TriageItem> shown = new ArrayList<>(items.open(actor.clinicId()));
        shown.addAll(items.recentlyDecided(actor.clinicId(), RECENT));
        List<TriageEntry> entries = entries(actor, shown);
        audit.success(actor, AuditAction.READ, null, RESOURCE, null, "triage list: items=" + entries.size());
        entries.stream().map(e -> e.item().patientId()).distinct().forEach(p -> audit.success(actor,
                AuditAction.READ, p, RESOURCE, null, "triage list"));
        return entries;
    }

    /**
     * One item of the actor's clinic.
     *
     * @throws NotFound when there is none in the clinic
     */
    @Transactional
    public TriageEntry get(Actor actor, long itemId) {
        TriageItem item = find(actor, itemId, AuditAction.READ, AdverseEvents.READERS);
        registry.authorize(actor, item.patientId(), AuditAction.READ, RESOURCE, AdverseEvents.READERS);
        audit.success(actor, AuditAction.READ, item.patientId(), RESOURCE, itemId, item.state().name());
        return entries(actor, List.of(item)).get(0);
    }

    /**
     * Confirms the item as a new adverse event, graded by the clinician; the event and the decision are written in
     * one transaction, or neither.
     *
     * @throws Conflict on {@code item} when a clinician already decided it
     */
    @Transactional
    public AdverseEvent confirm(Actor actor, long itemId, AdverseEventInput in) {
        TriageItem item = open(actor, itemId);
        AdverseEvent event = events.record(actor, item.patientId(), in, item.reportedAt());
        decided(actor, item.confirmed(event.id(), actor.staffMember(), now()));
        return event;
    }

    /**
     * Links the item to an adverse event of the same patient already recorded.
     *
     * @throws InvalidInput on {@code eventId} when the patient has no such event
     */
    @Transactional
    public TriageItem link(Actor actor, long itemId, Long eventId) {
        TriageItem item = open(actor, itemId);
        if (eventId == null || events.inClinic(item.clinicId(), eventId)
                .filter(e -> e.patientId().equals(item.patientId())).isEmpty()) {
            throw InvalidInput.of("eventId", "Choose one of this patient's recorded adverse events");
        }
        return decided(actor, item.linked(eventId, actor.staffMember(), now()));
    }

    /**
     * Dismisses the item with a reason.
     *
     * @throws InvalidInput on {@code reason} when none is given
     */
    @Transactional
    public TriageItem dismiss(Actor actor, long itemId, String reason) {
        TriageItem item = open(actor, itemId);
        return decided(actor, item.dismissed(reason, actor.staffMember(), now()));
    }

    /** The item, authorised for a clinician's decision (a refusal is audited). */
    private TriageItem open(Actor actor, long itemId) {
        TriageItem item = find(actor, itemId, AuditAction.UPDATE, DECIDERS);
        registry.authorize(actor, item.patientId(), AuditAction.UPDATE, RESOURCE, DECIDERS);
        return item;
    }

    private TriageItem decided(Actor actor, TriageItem decided) {
        if (!items.decide(decided)) {
            throw new Conflict("item", "Another clinician looked at this report a moment ago; reload the list.");
        }
        audit.success(actor, AuditAction.UPDATE, decided.patientId(), RESOURCE, decided.id(), decided.state().name()
                + (decided.eventId() == null ? "" : " event=" + decided.eventId()));
        return decided;
    }

    /** The item of the actor's clinic; the role is checked first, and another clinic's item answers like none. */
    private TriageItem find(Actor actor, long itemId, AuditAction action, Set<Role> roles) {
        registry.inClinic(actor, List.of(), action, RESOURCE, roles);
        return items.byId(actor.clinicId(), itemId).orElseGet(() -> {
            audit.denied(actor, action, null, RESOURCE, itemId, "no such triage item in the actor's clinic");
            throw new NotFound("No triage item " + itemId + " in your clinic.");
        });
    }

    /** The items with their patients and what was reported, read in one query each. */
    private List<TriageEntry> entries(Actor actor, List<TriageItem> shown) {
        Set<PatientId> ids = shown.stream().map(TriageItem::patientId).collect(Collectors.toCollection(
                LinkedHashSet::new));
        Map<PatientId, PatientView> patients = registry.inClinic(actor, ids, AuditAction.READ, RESOURCE,
                AdverseEvents.READERS);
        Map<Long, ProblemReport> reports = followup.problemReportsByIds(actor.clinicId(), shown.stream()
                .filter(i -> i.key().source() == TriageSource.PROBLEM_REPORT).map(i -> i.key().sourceId()).toList())
                .stream().collect(Collectors.toMap(ProblemReport::id, Function.identity()));
        AdverseEventTerms terms = events.terms();
        Map<PatientId, Map<Long, String>> linkable = new java.util.HashMap<>();
        shown.stream().filter(i -> i.state() == TriageState.OPEN).map(TriageItem::patientId).distinct()
                .forEach(p -> linkable.put(p, events.linkable(actor.clinicId(), p)));
        return shown.stream().filter(i -> patients.containsKey(i.patientId())).map(i -> {
            PatientView p = patients.get(i.patientId());
            ProblemReport r = reports.get(i.key().sourceId());
            if (i.key().source() == TriageSource.PROBLEM_REPORT && r != null) {
                boolean staff = !"PATIENT".equals(r.reportedByRole());
                return new TriageEntry(i, p.displayName(), p.labelLine(), r.description(),
                        staff ? r.reportedBy() + " (told by phone)" : "the patient, in the portal",
                        i.detection(staff), linkable.getOrDefault(i.patientId(), Map.of()));
            }
            String term = terms.byKey(i.termKey()).map(AdverseEventTerm::label).orElse(i.termKey());
            return new TriageEntry(i, p.displayName(), p.labelLine(), term + " (answered yes on the day "
                    + i.dayAfterProcedure() + " checklist)", "the checklist", i.detection(false),
                    linkable.getOrDefault(i.patientId(), Map.of()));
        }).toList();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
