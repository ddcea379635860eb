package org.regenpath.patient;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditRecord;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.regenpath.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The patient registry's API, and the one place that decides whether an actor may touch a patient: the role
 * must be allowed and the patient must belong to the actor's clinic. Every read and write is audited; every
 * refusal is audited even though the request fails.
 */
@Service
public class PatientRegistry {

    /** Roles that work with identified patient records. */
    public static final Set<Role> CARE_TEAM = Set.of(Role.CLINICIAN, Role.COORDINATOR);

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String RESOURCE = "Patient";
    /** A generated MRN can only be lost to a clinic-chosen one entered at the same moment; then the next is tried. */
    private static final int GENERATED_MRN_ATTEMPTS = 5;

    private final Patients patients;
    private final MrnCounters counters;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final ClinicZones zones;
    private final TransactionTemplate transaction;
    private final ObjectProvider<PatientProgressSource> progressSources;

    PatientRegistry(Patients patients, MrnCounters counters, AuditTrail audit, Validator validator, Clock clock,
            PlatformTransactionManager transactions, ClinicZones zones,
            ObjectProvider<PatientProgressSource> progressSources) {
        this.zones = zones;
        this.progressSources = progressSources;
        this.patients = patients;
        this.counters = counters;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers a patient in the actor's clinic. Writes nothing when any field is invalid. A blank MRN gets the
     * clinic's next one ({@code RP-000001}, ...): concurrent registrations never get the same number, because it
     * comes from the clinic's counter, incremented in a short transaction of its own before the patient is written
     * (numbers of registrations that fail afterwards are skipped, not reused). An MRN the clinic chose that another
     * of its patients has is refused.
     *
     * @throws Conflict when a clinic-chosen MRN is taken
     */
    public PatientView register(Actor actor, PatientDetails details) {
        requireRole(actor, AuditAction.CREATE, null, RESOURCE, CARE_TEAM);
        validate(details, actor.clinicId());
        if (details.mrn() != null && !details.mrn().isBlank()) {
            return transaction.execute(s -> insert(actor, details.mrn().trim(), details));
        }
        for (int attempt = 1; ; attempt++) {
            String mrn = allocateMrn(actor);
            try {
                return transaction.execute(s -> insert(actor, mrn, details));
            } catch (Conflict e) {
                if (attempt == GENERATED_MRN_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private PatientView insert(Actor actor, String mrn, PatientDetails details) {
        if (patients.mrnTaken(actor.clinicId(), mrn, null)) {
            throw mrnTaken(mrn);
        }
        PatientId id;
        try {
            id = patients.insert(actor.clinicId(), mrn, details, Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw mrnTaken(mrn); // registered at the same moment by someone else
        }
        audit.success(actor, AuditAction.CREATE, id, RESOURCE, id, null);
        return patients.byId(id).orElseThrow();
    }

    private static Conflict mrnTaken(String mrn) {
        return new Conflict("mrn", "Another patient of this clinic already has MRN " + mrn + ".");
    }

    /** Refuses (and audits) an actor whose role may not register patients, before a form is even shown. */
    public void checkMayRegister(Actor actor) {
        requireRole(actor, AuditAction.CREATE, null, RESOURCE, CARE_TEAM);
    }

    /** Changes the demographics; {@code expectedVersion} is the version the editor started from. */
    @Transactional
    public PatientView update(Actor actor, PatientId id, PatientDetails details, int expectedVersion) {
        PatientView current = authorize(actor, id, AuditAction.UPDATE, RESOURCE, CARE_TEAM);
        validate(details, current.clinicId());
        String mrn = details.mrn() == null || details.mrn().isBlank() ? current.mrn() : details.mrn().trim();
        if (patients.mrnTaken(actor.clinicId(), mrn, id)) {
            throw mrnTaken(mrn);
        }
        boolean updated;
        try {
            updated = patients.update(id, mrn, details, expectedVersion, Instant.now(clock));
        } catch (DuplicateKeyException e) {
            throw mrnTaken(mrn); // given to another patient at the same moment
        }
        if (!updated) {
            throw new Conflict("version", "Someone else changed this patient meanwhile; reload and try again.");
        }
        audit.success(actor, AuditAction.UPDATE, id, RESOURCE, id, null);
        return patients.byId(id).orElseThrow();
    }

    /** Reads one patient of the actor's clinic. */
    @Transactional
    public PatientView get(Actor actor, PatientId id) {
        PatientView patient = authorize(actor, id, AuditAction.READ, RESOURCE, CARE_TEAM);
        audit.success(actor, AuditAction.READ, id, RESOURCE, id, null);
        return patient;
    }

    /**
     * Searches the actor's clinic by name words, MRN prefix or date of birth ({@code yyyy-MM-dd} typed as the
     * text, or given separately), by name; the first {@value Paging#MAX_SIZE} matches. A blank search lists the
     * clinic's patients. Lists a person pages through use {@link #list}.
     */
    @Transactional
    public List<PatientView> search(Actor actor, String text, LocalDate born) {
        return list(actor, text, born, PatientSort.NAME, false, new Paging(0, Paging.MAX_SIZE))
                .map(PatientListEntry::patient).items();
    }

    /**
     * One page of the actor's clinic's patients matching the search (as {@link #search}), in the given order, each
     * with where they stand; the search is audited with its page and total.
     */
    @Transactional
    public ResultPage<PatientListEntry> list(
            Actor actor, String text, LocalDate born, PatientSort sort, boolean descending, Paging paging) {
        return list(actor, text, born, null, null, sort, descending, paging);
    }

    /**
     * One page of the actor's clinic's patients matching the search (as {@link #search}), at {@code stage} and
     * treated for {@code condition} (a code of {@link #conditions()}; either may be null), in the given order, each
     * with where they stand; the search is audited with its criteria, page and total. Without a stage, condition or
     * an order {@link PatientSort#byProgress() by progress}, the database pages; with one, the registry reads where
     * every matching patient of the clinic stands (one query per source) and filters, sorts and pages in memory.
     *
     * @throws InvalidInput naming {@code q} or {@code condition} when the text or condition is not valid
     */
    @Transactional
    public ResultPage<PatientListEntry> list(Actor actor, String text, LocalDate born, StageFilter stage,
            String condition, PatientSort sort, boolean descending, Paging paging) {
        requireRole(actor, AuditAction.SEARCH, null, RESOURCE, CARE_TEAM);
        PatientFilter filter = filter(text, born);
        String conditionName = conditionName(condition);
        ResultPage<PatientListEntry> page = stage == null && conditionName == null && !sort.byProgress()
                ? pageInDatabase(actor.clinicId(), filter, sort, descending, paging)
                : ProgressOrder.page(patients.search(actor.clinicId(), filter, sort, descending, 0, Integer.MAX_VALUE),
                        progressOfClinic(actor.clinicId()), stage, conditionName, zones.today(actor.clinicId()), sort,
                        descending, paging);
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null,
                "text=" + (filter.words().length == 0 ? "" : "[" + filter.text().length() + " chars]") + " born="
                        + (filter.born() != null) + (stage == null ? "" : " stage=" + stage.key())
                        + (conditionName == null ? "" : " condition=" + condition.trim()) + " page=" + paging.page()
                        + " results=" + page.items().size() + " total=" + page.total());
        return page;
    }

    /**
     * The conditions the list filters by, by code, in words, in the intake catalog's order: the same list the
     * patient list offers, never free text.
     */
    public Map<String, String> conditions() {
        Map<String, String> out = new LinkedHashMap<>();
        progressSources.forEach(source -> out.putAll(source.conditions()));
        return out;
    }

    private String conditionName(String condition) {
        if (condition == null || condition.isBlank()) {
            return null;
        }
        String name = conditions().get(condition.trim());
        if (name == null) {
            throw InvalidInput.of("condition", "Not a condition of the catalog; choose one from the list");
        }
        return name;
    }

    private ResultPage<PatientListEntry> pageInDatabase(
            ClinicId clinic, PatientFilter filter, PatientSort sort, boolean descending, Paging paging) {
        List<PatientView> found = patients.search(clinic, filter, sort, descending, paging.offset(), paging.size());
        long total = found.size() < paging.size() && (found.size() > 0 || paging.page() == 0)
                ? paging.offset() + found.size() : patients.count(clinic, filter);
        Map<PatientId, PatientProgress> progress = progress(clinic, found);
        return new ResultPage<>(found.stream().map(p -> new PatientListEntry(p,
                PatientProgress.NONE.merge(progress.getOrDefault(p.id(), PatientProgress.NONE)))).toList(),
                paging.page(), paging.size(), total);
    }

    private Map<PatientId, PatientProgress> progressOfClinic(ClinicId clinic) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        progressSources.forEach(source -> source.progressOfClinic(clinic)
                .forEach((id, p) -> out.merge(id, p, PatientProgress::merge)));
        return out;
    }

    private static PatientFilter filter(String text, LocalDate born) {
        String query = text == null ? "" : text.trim();
        if (query.length() > 100) {
            throw InvalidInput.of("q", "At most 100 characters");
        }
        LocalDate date = born;
        if (date == null && query.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                date = LocalDate.parse(query);
                query = "";
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("q", "Not a valid date");
            }
        }
        return new PatientFilter(query, date);
    }

    private Map<PatientId, PatientProgress> progress(ClinicId clinic, List<PatientView> found) {
        Map<PatientId, PatientProgress> out = new HashMap<>();
        if (found.isEmpty()) {
            return out;
        }
        List<PatientId> ids = found.stream().map(PatientView::id).toList();
        progressSources.forEach(source -> source.progressOf(clinic, ids)
                .forEach((id, p) -> out.merge(id, p, PatientProgress::merge)));
        return out;
    }

    /**
     * Decides whether the actor may act on the patient: the role must be in {@code allowed} and the patient in
     * the actor's clinic. A patient signed in to the portal may act only on their own record, and only where
     * {@code allowed} names {@link Role#PATIENT}; any other attempt is refused as if the record did not exist
     * (404), so a patient learns nothing about other records. A refusal is audited with {@code action} and {@code resourceType} and thrown; success
     * is not audited here, because the caller records what it actually did.
     *
     * @throws AccessDenied when the role is not allowed
     * @throws NotFound when the patient does not exist or belongs to another clinic
     */
    @Transactional(readOnly = true)
    public PatientView authorize(
            Actor actor, PatientId id, AuditAction action, String resourceType, Set<Role> allowed) {
        if (actor.isPatient()) {
            return authorizePatient(actor, id, action, resourceType, allowed);
        }
        requireRole(actor, action, id, resourceType, allowed);
        PatientView patient = patients.byId(id).orElse(null);
        if (patient == null || !(actor.isSystem() || actor.belongsTo(patient.clinicId()))) {
            audit.denied(actor, action, patient == null ? null : id, resourceType, id,
                    patient == null ? "no such patient" : "patient belongs to another clinic");
            throw new NotFound("No patient with id " + id + " in your clinic.");
        }
        return patient;
    }

    /**
     * The signed-in patient's own record, for the patient portal; the read is audited.
     *
     * @throws NotFound when the actor is not a patient (audited)
     */
    @Transactional
    public PatientView ownRecord(Actor actor) {
        if (!actor.isPatient()) {
            audit.denied(actor, AuditAction.READ, null, RESOURCE, null, "only a patient has an own record");
            throw new NotFound("Only a patient signed in to the portal has an own record.");
        }
        PatientView patient = authorize(actor, actor.patientId(), AuditAction.READ, RESOURCE, Set.of(Role.PATIENT));
        audit.success(actor, AuditAction.READ, patient.id(), RESOURCE, patient.id(), "patient portal");
        return patient;
    }

    /**
     * The patients of the actor's clinic among {@code ids}, for lists that name many patients at once (the follow-up
     * dashboard). The role must be in {@code allowed} (a refusal is audited with {@code action} and
     * {@code resourceType}); patients of other clinics are left out. Like {@link #authorize} it does not audit
     * success: the caller records what it showed.
     *
     * @throws AccessDenied when the role is not allowed
     */
    @Transactional(readOnly = true)
    public Map<PatientId, PatientView> inClinic(
            Actor actor, Collection<PatientId> ids, AuditAction action, String resourceType, Set<Role> allowed) {
        requireRole(actor, action, null, resourceType, allowed);
        if (ids.isEmpty() || actor.clinicId() == null) {
            return Map.of();
        }
        Map<PatientId, PatientView> out = new LinkedHashMap<>();
        patients.byIds(actor.clinicId(), ids).forEach(p -> out.put(p.id(), p));
        return out;
    }

    /** One page of the audit trail of one patient, newest first, for the chart's history; the read is audited. */
    @Transactional
    public ResultPage<AuditRecord> history(Actor actor, PatientId id, Paging paging) {
        authorize(actor, id, AuditAction.READ, "AuditEvent", Set.of(Role.CLINICIAN));
        ResultPage<AuditRecord> rows = audit.historyOf(id, paging);
        audit.success(actor, AuditAction.READ, id, "AuditEvent", null, "history page=" + paging.page());
        return rows;
    }

    /** How many patients the clinic has; used by demo data to stay idempotent. */
    @Transactional(readOnly = true)
    public long count(Actor actor) {
        return patients.count(actor.clinicId());
    }

    private PatientView authorizePatient(
            Actor actor, PatientId id, AuditAction action, String resourceType, Set<Role> allowed) {
        PatientView patient = patients.byId(id).orElse(null);
        boolean own = patient != null && id.equals(actor.patientId()) && actor.belongsTo(patient.clinicId());
        if (!own || !allowed.contains(Role.PATIENT)) {
            audit.denied(actor, action, patient == null ? null : id, resourceType, id,
                    own ? "patients may not do this" : "a patient may use only their own record");
            throw new NotFound("No patient with id " + id + " in your clinic.");
        }
        return patient;
    }

    /**
     * The role rule {@link #authorize} applies: whether the actor's role is among {@code allowed} (the system always
     * is). Services offer it per action (e.g. {@code mayApprove}) so that a page offers exactly what they allow.
     */
    public static boolean allows(Actor actor, Set<Role> allowed) {
        return actor.isSystem() || actor.role() != null && allowed.contains(actor.role());
    }

    private void requireRole(Actor actor, AuditAction action, PatientId id, String resourceType, Set<Role> allowed) {
        if (!allows(actor, allowed)) {
            audit.denied(actor, action, id, resourceType, id, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not do this.");
        }
    }

    /** Checks the details; "not in the future" is by the clinic's own date, not UTC's. */
    private void validate(PatientDetails details, ClinicId clinic) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<PatientDetails> v : validator.validate(details)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (details.dateOfBirth() != null && details.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
            errors.putIfAbsent("dateOfBirth", "Check the year: before 1900");
        }
        if (details.dateOfBirth() != null && details.dateOfBirth().isAfter(zones.today(clinic))) {
            errors.put("dateOfBirth", "Cannot be in the future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The clinic's next generated MRN, in a transaction of its own so that the counter row is locked briefly. */
    private String allocateMrn(Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(s -> nextMrn(actor));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                // Two first registrations of a clinic both created its counter (the retry finds the winner's row), or
                // H2 gave up waiting for the counter's row lock on a starved machine: nothing was written, try again.
                if (attempt == GENERATED_MRN_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The clinic's next free generated MRN; numbers the clinic already used by hand are skipped. */
    private String nextMrn(Actor actor) {
        String mrn;
        do {
            mrn = String.format("RP-%06d", increment(actor));
        } while (patients.mrnTaken(actor.clinicId(), mrn, null));
        return mrn;
    }

    private long increment(Actor actor) {
        OptionalLong next = counters.increment(actor.clinicId());
        if (next.isPresent()) {
            return next.getAsLong();
        }
        counters.create(actor.clinicId());
        return counters.increment(actor.clinicId()).orElseThrow();
    }
}
