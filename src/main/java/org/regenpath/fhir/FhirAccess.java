package org.regenpath.fhir;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.CurrentActor;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may read through FHIR, and the audit of what they read. The FHIR resources are identified patient data, so
 * only the care team (clinicians and coordinators) of one clinic reads them, as on the chart; lab technicians,
 * researchers and clinic admins are refused (researchers read the registry's aggregate figures instead). Every read
 * and search runs in one transaction with its audit rows: a READ row per patient whose data was returned, as the
 * chart writes one per view, and a SEARCH row with the query and its count. A refusal, and a read of an id the
 * clinic does not have, leave a DENIED row.
 */
@Component
class FhirAccess {

    static final String RESOURCE_PREFIX = "FHIR ";

    private final CurrentActor actors;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    FhirAccess(CurrentActor actors, AuditTrail audit, PlatformTransactionManager transactions) {
        this.actors = actors;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a read or search showed, for the audit trail: the resources returned, by patient. */
    static final class Shown {

        private final Map<PatientId, Set<String>> byPatient = new LinkedHashMap<>();

        void add(PatientId patient, String reference) {
            byPatient.computeIfAbsent(patient, p -> new LinkedHashSet<>()).add(reference);
        }
    }

    /**
     * Reads one resource in the caller's clinic.
     *
     * @param type the FHIR resource type
     * @param id the id asked for
     * @param patient the patient the id names, when the id is a patient's (Patient/123), else {@code null}
     * @param read the read, in the caller's clinic; it adds what it returned to {@link Shown}
     * @throws ForbiddenOperationException for a role that may not read FHIR (audited)
     * @throws ResourceNotFoundException when the clinic has no such resource (audited)
     */
    <T> T read(String type, String id, PatientId patient, Function<Scope, T> read) {
        Actor actor = authorised(AuditAction.READ, type, id, patient);
        return transaction.execute(status -> {
            Scope scope = new Scope(actor.clinicId(), new Shown());
            T found = read.apply(scope);
            if (found == null) {
                audit.denied(actor, AuditAction.READ, patient, RESOURCE_PREFIX + type, id,
                        "no such resource in the caller's clinic");
                throw new ResourceNotFoundException(type + "/" + id + " is not known.");
            }
            shown(actor, scope.shown());
            return found;
        });
    }

    /**
     * Searches in the caller's clinic.
     *
     * @param query the search as the client sent it, for the audit row
     * @param search the search; it adds what it returned to {@link Shown}
     * @throws ForbiddenOperationException for a role that may not read FHIR (audited)
     */
    <T> T search(String type, String query, PatientId patient, Function<Scope, T> search, Function<T, Object> count) {
        Actor actor = authorised(AuditAction.SEARCH, type, null, patient);
        return transaction.execute(status -> {
            Scope scope = new Scope(actor.clinicId(), new Shown());
            T found = search.apply(scope);
            audit.success(actor, AuditAction.SEARCH, patient, RESOURCE_PREFIX + type, null,
                    "FHIR search " + type + "?" + query + " total=" + count.apply(found));
            shown(actor, scope.shown());
            return found;
        });
    }

    /** The clinic a read runs in, and what it showed. */
    record Scope(ClinicId clinic, Shown shown) {}

    private Actor authorised(AuditAction action, String type, String id, PatientId patient) {
        Actor actor = actors.get();
        if (actor.isSystem() || !actor.hasRole(Role.CLINICIAN, Role.COORDINATOR) || actor.clinicId() == null) {
            audit.denied(actor, action, patient, RESOURCE_PREFIX + type, id, "role " + actor.role() + " not allowed");
            throw new ForbiddenOperationException("Your role (" + (actor.role() == null ? "none"
                    : actor.role().label()) + ") may not read patient records through FHIR.");
        }
        return actor;
    }

    private void shown(Actor actor, Shown shown) {
        shown.byPatient.forEach((patient, references) -> audit.success(actor, AuditAction.READ, patient,
                RESOURCE_PREFIX + "resources", null, "FHIR " + references.stream().collect(Collectors.joining(", "))));
    }
}
