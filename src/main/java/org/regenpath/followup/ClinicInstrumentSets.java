package org.regenpath.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each clinic's own instrument sets per condition (issue #5, item 2): which instruments a new patient with a given
 * condition answers, at which time points. Without one, the shipped default for the condition applies. Every staff
 * member of the clinic reads them; only a clinic admin creates, revises and retires them, and each version says on
 * what basis. A change is a new version and applies to plans approved afterwards: schedules already made keep the
 * version they were made from until the care team changes their protocol (decision 0015). Audited.
 */
@Service
public class ClinicInstrumentSets {

    static final String RESOURCE = "InstrumentSet";

    private final ClinicSetRows rows;
    private final InstrumentSets sets;
    private final FollowupDefaults defaults;
    private final InstrumentCatalog catalog;
    private final ConditionCatalog conditions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ClinicInstrumentSets(ClinicSetRows rows, InstrumentSets sets, FollowupDefaults defaults,
            InstrumentCatalog catalog, ConditionCatalog conditions, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        this.rows = rows;
        this.sets = sets;
        this.defaults = defaults;
        this.catalog = catalog;
        this.conditions = conditions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shipped sets, the clinic's own with their history, and which set each condition gets now. */
    @Transactional
    public InstrumentSetsOverview overview(Actor actor) {
        if (actor.isSystem() || actor.isPatient() || actor.clinicId() == null) {
            audit.denied(actor, AuditAction.READ, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only the clinic's staff may see its instrument sets.");
        }
        Map<Long, List<ClinicSetVersion>> bySet = new LinkedHashMap<>();
        rows.versions(actor.clinicId()).forEach(v -> bySet.computeIfAbsent(v.setId(), k -> new ArrayList<>()).add(v));
        List<InstrumentSetsOverview.ClinicSet> own = bySet.values().stream()
                .map(v -> new InstrumentSetsOverview.ClinicSet(v.get(0), v.subList(1, v.size()))).toList();
        List<InstrumentSetsOverview.ConditionProtocol> inForce = new ArrayList<>();
        List<ClinicSetVersion> current = own.stream().map(InstrumentSetsOverview.ClinicSet::current)
                .filter(v -> !v.retired()).toList();
        for (CatalogCondition c : conditions.conditions()) {
            SetChoice choice = sets.setFor(current, c.id(), c.category().name());
            inForce.add(new InstrumentSetsOverview.ConditionProtocol(c.id(), c.display(), choice.set().id(),
                    choice.set().label(), choice.matchedBy()));
        }
        InstrumentSetsOverview out = new InstrumentSetsOverview(defaults.instrumentSets(), own, inForce,
                defaults.scheduleTemplates(), catalog.instruments().stream()
                        .map(i -> new InstrumentSetsOverview.InstrumentChoice(i.id(), i.shortTitle(), i.title(),
                                catalog.notSentBecause(i.id()).orElse(null)))
                        .toList(), conditions.conditions().stream()
                        .map(c -> new InstrumentSetsOverview.ConditionChoice(c.id(), c.display())).toList(),
                actor.hasRole(Role.CLINIC_ADMIN));
        audit.success(actor, AuditAction.READ, null, RESOURCE, null, "clinicSets=" + own.size());
        return out;
    }

    /** As {@link #overview}, for the editor: clinic admins only. */
    @Transactional
    public InstrumentSetsOverview editor(Actor actor) {
        mayChange(actor, AuditAction.READ, null);
        return overview(actor);
    }

    /** The newest version of one of the actor's clinic's sets, to edit it: clinic admins only. */
    @Transactional
    public ClinicSetVersion newest(Actor actor, long setId) {
        mayChange(actor, AuditAction.READ, setId);
        ClinicSetVersion latest = latest(actor, setId);
        audit.success(actor, AuditAction.READ, null, RESOURCE, setId, "version=" + latest.version());
        return latest;
    }

    /**
     * The sets a schedule of the actor's clinic may be put on, for the protocol change form: the shipped ones and
     * the clinic's current ones. Configuration, not patient data; the page showing it audits its own reads.
     */
    public List<InstrumentSet> available(Actor actor) {
        return actor.clinicId() == null ? defaults.instrumentSets() : sets.available(actor.clinicId());
    }

    /** A new set of the actor's clinic; clinic admins only. */
    @Transactional
    public ClinicSetVersion create(Actor actor, ClinicSetInput in) {
        mayChange(actor, AuditAction.CREATE, null);
        ClinicSetRules.Checked checked = check(actor, in, null);
        Instant now = Instant.now(clock);
        long setId = rows.insertSet(actor.clinicId(), now);
        return saved(actor, AuditAction.CREATE, setId, 1, checked, false, now);
    }

    /**
     * A new version of a set, for plans approved from now on.
     *
     * @param expectedVersion the version the admin started from
     * @throws Conflict when someone saved a newer version meanwhile
     */
    @Transactional
    public ClinicSetVersion revise(Actor actor, long setId, ClinicSetInput in, int expectedVersion) {
        mayChange(actor, AuditAction.UPDATE, setId);
        ClinicSetVersion latest = latest(actor, setId);
        if (latest.version() != expectedVersion) {
            throw stale(latest);
        }
        ClinicSetRules.Checked checked = check(actor, in, setId);
        return saved(actor, AuditAction.UPDATE, setId, latest.version() + 1, checked, false, Instant.now(clock));
    }

    /** Retires a set: its conditions get the shipped defaults again. Schedules made from it keep it. */
    @Transactional
    public ClinicSetVersion retire(Actor actor, long setId, int expectedVersion) {
        mayChange(actor, AuditAction.UPDATE, setId);
        ClinicSetVersion latest = latest(actor, setId);
        if (latest.version() != expectedVersion || latest.retired()) {
            throw stale(latest);
        }
        ScheduleTemplate template = defaults.scheduleTemplate(latest.templateId());
        ClinicSetRules.Checked same = new ClinicSetRules.Checked(latest.label(), template, latest.instruments(),
                List.of(), latest.source());
        return saved(actor, AuditAction.UPDATE, setId, latest.version() + 1, same, true, Instant.now(clock));
    }

    private ClinicSetVersion saved(Actor actor, AuditAction action, long setId, int version,
            ClinicSetRules.Checked checked, boolean retired, Instant now) {
        long versionId;
        try {
            versionId = rows.insertVersion(actor.clinicId(), setId, version, checked, retired, actor.displayName(), now);
        } catch (DuplicateKeyException e) {
            throw new Conflict("version", "Someone else saved this set meanwhile; reload it and try again.");
        }
        try {
            rows.claim(actor.clinicId(), setId, versionId, retired ? List.of() : checked.conditions());
        } catch (DuplicateKeyException e) {
            throw claimedMeanwhile(actor, setId, checked.conditions());
        }
        ClinicSetVersion saved = rows.version(versionId).orElseThrow();
        audit.success(actor, action, null, RESOURCE, setId, "version=" + version + " set=" + saved.instrumentSetId()
                + (retired ? " retired" : " instruments=" + saved.instruments().stream()
                        .map(PlannedInstrument::instrumentId).collect(Collectors.joining(","))
                        + " conditions=" + String.join(",", saved.conditions())));
        return saved;
    }

    private void mayChange(Actor actor, AuditAction action, Long setId) {
        if (actor.isSystem() || !actor.hasRole(Role.CLINIC_ADMIN) || actor.clinicId() == null) {
            audit.denied(actor, action, null, RESOURCE, setId, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only a clinic admin may change the clinic's instrument sets.");
        }
    }

    private ClinicSetVersion latest(Actor actor, long setId) {
        boolean ours = rows.clinicOf(setId).map(actor::belongsTo).orElse(false);
        if (!ours) {
            audit.denied(actor, AuditAction.UPDATE, null, RESOURCE, setId, "no such set in the actor's clinic");
            throw new NotFound("This clinic has no instrument set " + setId + ".");
        }
        return rows.versions(actor.clinicId()).stream().filter(v -> v.setId() == setId).findFirst().orElseThrow();
    }

    private ClinicSetRules.Checked check(Actor actor, ClinicSetInput in, Long revising) {
        Map<String, String> claimed = new HashMap<>();
        sets.current(actor.clinicId()).stream().filter(v -> revising == null || v.setId() != revising)
                .forEach(v -> v.conditions().forEach(c -> claimed.put(c, v.label())));
        Set<String> known = conditions.conditions().stream().map(CatalogCondition::id).collect(Collectors.toSet());
        return ClinicSetRules.check(in, defaults, known, claimed);
    }

    /**
     * The refusal of a save that lost the race for a condition to another set saved at the same instant: the
     * database's claim key decided (decision 0025). The claims are read in a transaction of their own, as the
     * refused one can no longer read on PostgreSQL.
     */
    private Conflict claimedMeanwhile(Actor actor, long setId, List<String> wanted) {
        Map<String, ClinicSetVersion> claimants = ownTransaction.execute(
                status -> rows.claimants(actor.clinicId(), wanted));
        Map<String, String> names = conditions.conditions().stream()
                .collect(Collectors.toMap(CatalogCondition::id, CatalogCondition::display));
        String which = claimants.entrySet().stream().filter(e -> e.getValue().setId() != setId)
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " is already claimed by this clinic's set \""
                        + e.getValue().label() + "\" (set " + e.getValue().setId() + ")")
                .collect(Collectors.joining("; "));
        audit.denied(actor, AuditAction.UPDATE, null, RESOURCE, setId, "condition claimed meanwhile: " + which);
        return new Conflict("conditions", (which.isEmpty() ? "Another set claimed one of these conditions" : which)
                + ", saved a moment ago. Nothing was saved; reload the page, then take the condition out of"
                + " that set first or leave it out of this one.");
    }

    private static Conflict stale(ClinicSetVersion latest) {
        return new Conflict("version", "This set is at version " + latest.version()
                + (latest.retired() ? " and retired" : "") + " now; reload it and try again.");
    }
}
