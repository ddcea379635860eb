package org.regenpath.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.procedure.ProcedureCompleted;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solicited checklists: made for day 2, 7 and 30 after each recorded procedure, read and answered by the patient in
 * the portal or by a clinician or coordinator of the patient's clinic who enters what the patient told them on a
 * call. Every read, answer and refusal is audited; an answer is all or nothing (every item, a severity for each
 * "yes"), is final, and, with at least one "yes", is published as {@link SolicitedReactionsReported}.
 */
@Service
public class Checklists {

    static final String RESOURCE = "SolicitedChecklist";
    private static final Set<Role> PEOPLE = Set.of(Role.CLINICIAN, Role.COORDINATOR, Role.PATIENT);

    private final PatientRegistry registry;
    private final AuditTrail audit;
    private final ChecklistStore store;
    private final ProductLookup products;
    private final ClinicZones zones;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChecklistContent content = ChecklistContent.load();

    Checklists(PatientRegistry registry, AuditTrail audit, ChecklistStore store, ProductLookup products,
            ClinicZones zones, ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.audit = audit;
        this.store = store;
        this.products = products;
        this.zones = zones;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the procedure's checklists, due on its day plus 2, 7 and 30 in the clinic's days; nothing when they
     * exist already (a redelivered event), which the unique key on procedure and day also guarantees.
     */
    @Transactional
    void procedureCompleted(ProcedureCompleted event) {
        if (store.existFor(event.procedureId())) {
            return;
        }
        boolean harvest = products.byId(event.clinicId(), event.productId()).map(ProductView::cellSource)
                .filter(content.harvestSources()::contains).isPresent();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate performedOn = ChecklistDays.procedureDay(event.performedAt(), zones.zoneOf(event.clinicId()));
        for (ChecklistDays.Due due : ChecklistDays.of(event.performedAt(), zones.zoneOf(event.clinicId()),
                content.days())) {
            store.insert(event.clinicId(), event.patientId(), event.procedureId(), due.day(), performedOn,
                    due.dueOn(), content.version(), harvest, now);
        }
        audit.success(Actor.system(event.clinicId()), AuditAction.CREATE, event.patientId(), RESOURCE,
                event.procedureId(), "checklists for days " + content.days() + " after procedure "
                        + event.procedureId() + ", harvest-site items " + (harvest ? "asked" : "not asked"));
    }

    /** The patient's checklists, soonest due first. */
    @Transactional
    public List<ChecklistView> list(Actor actor, PatientId patient) {
        PatientView who = registry.authorize(actor, patient, AuditAction.READ, RESOURCE, PEOPLE);
        LocalDate today = zones.today(who.clinicId());
        List<ChecklistView> out = store.byPatient(who.clinicId(), patient).stream().map(r -> view(r, today))
                .toList();
        audit.success(actor, AuditAction.READ, patient, RESOURCE, null, "checklists=" + out.size());
        return out;
    }

    /**
     * One checklist of the patient.
     *
     * @throws NotFound when the patient has no such checklist (another patient's is not found either)
     */
    @Transactional
    public ChecklistView get(Actor actor, PatientId patient, long checklistId) {
        PatientView who = registry.authorize(actor, patient, AuditAction.READ, RESOURCE, PEOPLE);
        ChecklistView view = view(find(actor, who, checklistId, AuditAction.READ), zones.today(who.clinicId()));
        audit.success(actor, AuditAction.READ, patient, RESOURCE, checklistId, "day " + view.dayAfterProcedure());
        return view;
    }

    /**
     * Answers a checklist: the patient in the portal, or a clinician or coordinator entering what the patient said
     * on a call (stored as told by phone, with their name and role). Publishes {@link SolicitedReactionsReported}
     * when at least one item is "yes".
     *
     * @throws org.regenpath.shared.InvalidInput naming each item not answered, or a "yes" without a severity;
     *     nothing is written
     * @throws Conflict when the checklist was answered already
     */
    @Transactional
    public ChecklistView answer(Actor actor, PatientId patient, long checklistId, ChecklistAnswers answers) {
        PatientView who = registry.authorize(actor, patient, AuditAction.CREATE, RESOURCE, PEOPLE);
        ChecklistStore.Row row = find(actor, who, checklistId, AuditAction.CREATE);
        if (row.answered()) {
            refuseSecondAnswer(actor, patient, row);
        }
        List<ChecklistStore.Answer> checked = ChecklistAnswerRules.check(linesOf(row), answers);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = zones.dayOf(who.clinicId(), now);
        ChecklistChannel how = actor.isPatient() ? ChecklistChannel.PORTAL : ChecklistChannel.PHONE;
        String role = actor.role() == null ? "System" : actor.role().label();
        if (!store.markAnswered(row.id(), now, today, actor.displayName(), role, how)) {
            refuseSecondAnswer(actor, patient, row);
        }
        store.insertAnswers(row.id(), checked);
        List<SolicitedReactionsReported.Reaction> reactions = checked.stream().filter(ChecklistStore.Answer::yes)
                .map(a -> new SolicitedReactionsReported.Reaction(a.term(), a.severity())).toList();
        if (!reactions.isEmpty()) {
            events.publishEvent(new SolicitedReactionsReported(row.id(), who.clinicId(), patient, row.procedureId(),
                    row.day(), now, reactions));
        }
        audit.success(actor, AuditAction.CREATE, patient, RESOURCE, row.id(), "day " + row.day() + " answered "
                + how + ", yes=" + reactions.size() + " of " + checked.size());
        return view(store.byId(who.clinicId(), patient, row.id()).orElseThrow(), today);
    }

    private void refuseSecondAnswer(Actor actor, PatientId patient, ChecklistStore.Row row) {
        audit.denied(actor, AuditAction.CREATE, patient, RESOURCE, row.id(), "already answered");
        throw new Conflict("answers", "This checklist was answered already; its answers are final.");
    }

    private ChecklistStore.Row find(Actor actor, PatientView who, long id, AuditAction action) {
        return store.byId(who.clinicId(), who.id(), id).orElseThrow(() -> {
            audit.denied(actor, action, who.id(), RESOURCE, id, "no such checklist for this patient");
            return new NotFound("No such checklist for this patient.");
        });
    }

    /** The items an unanswered checklist asks, from the content version it was made with. */
    private List<ChecklistContent.Line> linesOf(ChecklistStore.Row row) {
        if (!content.version().equals(row.version())) {
            throw new IllegalStateException("Checklist " + row.id() + " was made with content version "
                    + row.version() + ", which this build does not ship (" + ChecklistContent.FILE + " is "
                    + content.version() + ")");
        }
        return content.items(row.harvest());
    }

    private ChecklistView view(ChecklistStore.Row row, LocalDate today) {
        List<ChecklistView.Item> items = row.answered()
                ? store.answers(row.id()).stream().map(a -> new ChecklistView.Item(a.itemId(), a.term(), a.site(),
                        a.question(), a.yes(), a.severity())).toList()
                : linesOf(row).stream().map(l -> new ChecklistView.Item(l.id(), l.term(), l.site(), l.question(),
                        null, null)).toList();
        ChecklistView.Answered answered = row.answered() ? new ChecklistView.Answered(row.answeredAt(),
                row.answeredOn(), row.answeredBy(), row.answeredByRole(), row.channel(),
                row.answeredOn().isAfter(row.dueOn())) : null;
        return new ChecklistView(row.id(), row.patientId(), row.procedureId(), row.day(), row.performedOn(),
                row.dueOn(), row.version(), ChecklistStatus.of(row.answered(), row.dueOn(), today), answered, items);
    }
}
