package org.regenpath.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.ChangeCursor;
import org.regenpath.shared.Changes;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Paging;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads patients for a module that authorises the actor and audits what it shows on its own (a registry, a FHIR
 * facade, the safety module), by the rule of decision 0038: scoped to one clinic, run only inside the caller's
 * transaction, records out, no authorisation and no audit row of its own. Another clinic's patient is simply not
 * found. The patient's last change is its {@code updated_at}.
 */
@Service
public class PatientLookup {

    private final Patients patients;

    PatientLookup(Patients patients) {
        this.patients = patients;
    }

    /** The clinic's patient, or empty when there is none or the patient belongs to another clinic. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PatientView> byId(ClinicId clinic, PatientId id) {
        return patients.byId(id).filter(p -> p.clinicId().equals(clinic));
    }

    /** The clinic's patients among {@code ids}, by id, read with one query (per 500 ids); others are left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PatientView> byIds(ClinicId clinic, Collection<PatientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return patients.byIds(clinic, ids).stream()
                .sorted(java.util.Comparator.comparing(p -> p.id().value())).toList();
    }

    /** One page of the clinic's patients, in the order they were registered, with the total. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultPage<PatientView> page(ClinicId clinic, Paging paging) {
        return new ResultPage<>(patients.page(clinic, paging.offset(), paging.size()), paging.page(), paging.size(),
                patients.count(clinic));
    }

    /**
     * What a search by patient facts asks for (a FHIR {@code Patient?identifier=&name=&birthdate=&_lastUpdated=}
     * search); {@code null} fields do not filter.
     *
     * @param mrn the medical record number, matched exactly, ignoring case
     * @param name a word a given or family name starts with, ignoring case
     * @param bornFrom the earliest date of birth, inclusive
     * @param bornTo the latest date of birth, inclusive
     * @param updatedFrom the earliest last change, inclusive
     * @param updatedBefore the last change is before this instant
     */
    public record Criteria(String mrn, String name, LocalDate bornFrom, LocalDate bornTo, Instant updatedFrom,
            Instant updatedBefore) {}

    /**
     * The clinic's patients that meet the criteria, in the order they were registered: {@code limit} of them from
     * {@code offset}, with the total.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultPage<PatientView> search(ClinicId clinic, Criteria criteria, long offset, int limit) {
        int size = Math.max(1, Math.min(limit, Paging.MAX_SIZE));
        return new ResultPage<>(patients.search(clinic, criteria, offset, size), (int) (offset / size), size,
                patients.count(clinic, criteria));
    }

    /** The clinic's patients registered or changed after the cursor, oldest change first, at most {@code limit}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Changes<PatientView> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        return Changes.of(patients.changedSince(clinic, cursor, Changes.limit(limit)), cursor, limit,
                p -> new ChangeCursor(p.updatedAt(), p.id().value()));
    }
}
