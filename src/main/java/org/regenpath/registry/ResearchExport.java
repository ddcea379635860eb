package org.regenpath.registry;

import java.io.Writer;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.patient.PatientLookup;
import org.regenpath.patient.PatientView;
import org.regenpath.product.ProductLookup;
import org.regenpath.product.ProductView;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The de-identified research export of one clinic's registry (HIPAA Safe Harbor, 45 CFR 164.514(b)(2); decision
 * 0050): as CSV with its data dictionary, or as FHIR R4 NDJSON. Only the clinic's researchers and clinic admins may
 * download it, and only of their own clinic; every export is audited with what it wrote, and a refused one as
 * denied. Nothing identified ever leaves through here: the rows are built by {@link ResearchDataset}, which keeps
 * none of the 18 identifiers.
 *
 * <p>The writer is opened only once the caller is authorised, the request is valid and the rows are read, so a
 * refusal or a bad request answers as a problem and never as half a file.
 */
@Service
public class ResearchExport {

    static final String RESOURCE = "registry-export";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegistryStore store;
    private final PatientLookup patients;
    private final ProductLookup products;
    private final ExportKeys keys;
    private final ClinicZones zones;
    private final AuditTrail audit;

    ResearchExport(RegistryStore store, PatientLookup patients, ProductLookup products, ExportKeys keys,
            ClinicZones zones, AuditTrail audit) {
        this.store = store;
        this.patients = patients;
        this.products = products;
        this.keys = keys;
        this.zones = zones;
        this.audit = audit;
    }

    /**
     * Writes the clinic's de-identified rows as CSV; returns how many rows.
     *
     * @param dates {@code year} (the default when {@code null} or blank: Safe Harbor) or {@code shifted}
     * @param out opened once the rows are ready
     * @throws AccessDenied unless the actor is a researcher or clinic admin of a clinic
     * @throws InvalidInput naming {@code dates} for any other value
     */
    @Transactional
    public int csv(Actor actor, String dates, Supplier<Writer> out) {
        Read read = read(actor, dates, "csv");
        int rows = new ResearchCsv(out.get()).write(read.subjects());
        audit.success(actor, AuditAction.EXPORT, null, RESOURCE, null, String.format(Locale.ROOT,
                "research export format=csv dates=%s patients=%d rows=%d", name(read.dates()),
                read.subjects().size(), rows));
        return rows;
    }

    /**
     * Writes the clinic's de-identified rows as FHIR R4 NDJSON; returns how many resources (lines).
     *
     * @throws AccessDenied unless the actor is a researcher or clinic admin of a clinic
     * @throws InvalidInput naming {@code dates} for a value other than {@code year} or {@code shifted}
     */
    @Transactional
    public int ndjson(Actor actor, String dates, Supplier<Writer> out) {
        Read read = read(actor, dates, "ndjson");
        ResearchNdjson.Counts counts = new ResearchNdjson(out.get()).write(read.subjects(), read.dates());
        audit.success(actor, AuditAction.EXPORT, null, RESOURCE, null, String.format(Locale.ROOT,
                "research export format=ndjson dates=%s patients=%d procedures=%d observations=%d",
                name(read.dates()), counts.patients(), counts.procedures(), counts.observations()));
        return counts.lines();
    }

    /**
     * Writes the export's data dictionary as CSV: each column, its meaning, unit and how it was de-identified.
     *
     * @throws AccessDenied unless the actor is a researcher or clinic admin of a clinic
     */
    @Transactional
    public void dictionary(Actor actor, Supplier<Writer> out) {
        authorise(actor, AuditAction.READ, "dictionary");
        new ResearchCsv(out.get()).dictionary();
        audit.success(actor, AuditAction.READ, null, RESOURCE, null, "research export data dictionary");
    }

    private record Read(ResearchDataset.Dates dates, List<ResearchDataset.Subject> subjects) {}

    private Read read(Actor actor, String dates, String format) {
        authorise(actor, AuditAction.EXPORT, format);
        ResearchDataset.Dates rule = dates(dates);
        ClinicId clinic = actor.clinicId();
        Map<PatientId, List<RegistryTreatment>> treated = new HashMap<>();
        Set<String> productIds = new LinkedHashSet<>();
        for (RegistryTreatment t : store.treatments(clinic)) {
            treated.computeIfAbsent(t.patientId(), k -> new ArrayList<>()).add(t);
            productIds.add(t.productId());
        }
        Map<PatientId, List<RegistryResponse>> answered = new HashMap<>();
        store.responses(clinic).stream().filter(r -> treated.containsKey(r.patientId()))
                .forEach(r -> answered.computeIfAbsent(r.patientId(), k -> new ArrayList<>()).add(r));
        Map<PatientId, List<ProductView>> productsOf = new HashMap<>();
        for (ProductView p : products.byIds(clinic, productIds)) {
            productsOf.computeIfAbsent(p.patientId(), k -> new ArrayList<>()).add(p);
        }
        List<ResearchDataset.Source> sources = new ArrayList<>();
        for (PatientView p : patients.byIds(clinic, treated.keySet())) {
            sources.add(new ResearchDataset.Source(p, treated.get(p.id()), productsOf.getOrDefault(p.id(), List.of()),
                    answered.getOrDefault(p.id(), List.of())));
        }
        byte[] secret = rule == ResearchDataset.Dates.SHIFTED ? keys.secret(clinic) : new byte[0];
        ZoneId zone = zones.zoneOf(clinic);
        return new Read(rule, ResearchDataset.of(sources, rule, secret, zone, RANDOM));
    }

    private void authorise(Actor actor, AuditAction action, String what) {
        if (actor.isSystem() || !actor.hasRole(Role.RESEARCHER, Role.CLINIC_ADMIN) || actor.clinicId() == null) {
            audit.denied(actor, action, null, RESOURCE, null, "role " + actor.role() + " may not export " + what);
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not download the research export.");
        }
    }

    private static ResearchDataset.Dates dates(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("year")) {
            return ResearchDataset.Dates.YEAR;
        }
        if (value.strip().equalsIgnoreCase("shifted")) {
            return ResearchDataset.Dates.SHIFTED;
        }
        throw InvalidInput.of("dates", "Use year (the default: dates cut to the year) or shifted (dates moved by"
                + " a secret number of days per patient).");
    }

    private static String name(ResearchDataset.Dates dates) {
        return dates.name().toLowerCase(Locale.ROOT);
    }
}
