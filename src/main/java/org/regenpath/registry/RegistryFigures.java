package org.regenpath.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.instrument.Direction;
import org.regenpath.instrument.Instrument;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's figures for the clinicians and researchers of one clinic: aggregate counts only, never a patient.
 * Each look is audited as a search with its filter and n, and a refused one as denied.
 */
@Service
public class RegistryFigures {

    static final String RESOURCE = "registry";
    static final String PAIN = "nrs-11";

    /**
     * Which treated patients to count; {@code null} fields do not filter.
     *
     * @param conditionId the catalog condition (e.g. {@code knee-oa})
     * @param cellSource the product's cell source
     * @param productType the product's type
     * @param primaryInstrumentId the instrument whose MCID is counted ({@code nrs-11} when {@code null})
     * @param interval the interval to state rates with (Wilson when {@code null})
     */
    public record Filter(String conditionId, CellSource cellSource, ProductType productType,
            String primaryInstrumentId, ResponderRates.Interval interval) {

        Predicate<RegistryTreatment> matches() {
            return t -> (conditionId == null || conditionId.equals(t.conditionId()))
                    && (cellSource == null || cellSource == t.cellSource())
                    && (productType == null || productType == t.productType());
        }
    }

    /**
     * Responders of the filtered cohort, counted to today in the clinic.
     *
     * @param countedTo the day counted to
     * @param treated how many treated patients the filter keeps
     * @param primaryInstrumentId the instrument whose MCID was counted
     * @param timePoints the figures at each time point
     */
    public record Responders(LocalDate countedTo, int treated, String primaryInstrumentId,
            List<ResponderRates.TimePointRates> timePoints) {}

    private final RegistryStore store;
    private final InstrumentCatalog catalog;
    private final ClinicZones zones;
    private final AuditTrail audit;
    private final ConditionCatalog conditions;

    RegistryFigures(RegistryStore store, InstrumentCatalog catalog, ClinicZones zones, AuditTrail audit,
            ConditionCatalog conditions) {
        this.store = store;
        this.catalog = catalog;
        this.zones = zones;
        this.audit = audit;
        this.conditions = conditions;
    }

    /** The conditions a filter may name, id to name, in the condition catalog's order (public catalog data). */
    public Map<String, String> conditionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (CatalogCondition c : conditions.conditions()) {
            names.put(c.id(), c.display());
        }
        return names;
    }

    /** The name of an instrument in the catalog (its short title), for stating which one was counted. */
    public String instrumentTitle(String instrumentId) {
        return catalog.instrument(instrumentId).shortTitle();
    }

    /**
     * The actor's clinic's responders.
     *
     * @throws AccessDenied unless the actor is a clinician or researcher of a clinic
     * @throws InvalidInput naming {@code primary} when the instrument is not in the catalog or is categorical
     */
    // Not read-only: the audit row is written in this transaction (PostgreSQL refuses inserts in a read-only one).
    @Transactional
    public Responders responders(Actor actor, Filter filter) {
        if (actor.isSystem() || !actor.hasRole(Role.CLINICIAN, Role.RESEARCHER) || actor.clinicId() == null) {
            audit.denied(actor, AuditAction.SEARCH, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not see the registry's figures.");
        }
        Instrument primary = primary(filter.primaryInstrumentId());
        Instrument pain = catalog.instrument(PAIN);
        LocalDate today = zones.today(actor.clinicId());
        List<ResponderRates.Patient> cohort = Cohorts.patients(store.treatments(actor.clinicId()),
                store.responses(actor.clinicId()), filter.matches(), zones.zoneOf(actor.clinicId()), pain, primary);
        ResponderRates.Interval interval = filter.interval() == null ? ResponderRates.Interval.WILSON
                : filter.interval();
        Responders figures = new Responders(today, cohort.size(), primary.id(),
                ResponderRates.of(pain, primary, cohort, today, interval));
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, String.format(Locale.ROOT,
                "responders condition=%s cellSource=%s productType=%s primary=%s n=%d", filter.conditionId(),
                filter.cellSource(), filter.productType(), primary.id(), cohort.size()));
        return figures;
    }

    /**
     * Osteoarthritis responders of the filtered cohort by the OMERACT-OARSI criteria, evaluated on pain and function.
     *
     * @param countedTo the day counted to
     * @param treated how many treated patients the filter keeps
     * @param figures the figures at each time point
     */
    public record OsteoarthritisResponders(LocalDate countedTo, int treated, OmeractOarsi.Figures figures) {}

    /**
     * Trajectories of the filtered cohort.
     *
     * @param countedTo the day counted to
     * @param treated how many treated patients the filter keeps
     * @param instruments each answered instrument's trajectory
     */
    public record Trajectories(LocalDate countedTo, int treated, List<CohortTrajectories.InstrumentTrajectory>
            instruments) {}

    /**
     * Time to first response and its durability in the filtered cohort.
     *
     * @param countedTo the day counted to
     * @param treated how many treated patients the filter keeps
     * @param figures both curves
     */
    public record Survival(LocalDate countedTo, int treated, ResponseSurvival.Figures figures) {}

    /**
     * The actor's clinic's osteoarthritis responders (OMERACT-OARSI).
     *
     * @throws AccessDenied unless the actor is a clinician or researcher of a clinic
     */
    @Transactional
    public OsteoarthritisResponders osteoarthritisResponders(Actor actor, Filter filter) {
        List<Cohorts.Treated> cohort = treated(actor, filter);
        LocalDate today = zones.today(actor.clinicId());
        OsteoarthritisResponders figures = new OsteoarthritisResponders(today, cohort.size(),
                OmeractOarsi.rates(catalog.instrument(PAIN), catalog::instrument, cohort, today, interval(filter)));
        audited(actor, "omeract-oarsi", filter, cohort.size());
        return figures;
    }

    /**
     * The actor's clinic's trajectories.
     *
     * @throws AccessDenied unless the actor is a clinician or researcher of a clinic
     */
    @Transactional
    public Trajectories trajectories(Actor actor, Filter filter) {
        List<Cohorts.Treated> cohort = treated(actor, filter);
        LocalDate today = zones.today(actor.clinicId());
        Trajectories figures = new Trajectories(today, cohort.size(),
                CohortTrajectories.of(catalog.instruments(), cohort, today, interval(filter)));
        audited(actor, "trajectories", filter, cohort.size());
        return figures;
    }

    /**
     * The actor's clinic's time to first response and its durability.
     *
     * @throws AccessDenied unless the actor is a clinician or researcher of a clinic
     */
    @Transactional
    public Survival survival(Actor actor, Filter filter) {
        refuseUnlessAllowed(actor);
        Instrument pain = catalog.instrument(PAIN);
        List<ResponderRates.Patient> cohort = Cohorts.patients(store.treatments(actor.clinicId()),
                store.responses(actor.clinicId()), filter.matches(), zones.zoneOf(actor.clinicId()), pain, pain);
        Survival figures = new Survival(zones.today(actor.clinicId()), cohort.size(),
                ResponseSurvival.of(pain, cohort));
        audited(actor, "survival", filter, cohort.size());
        return figures;
    }

    private List<Cohorts.Treated> treated(Actor actor, Filter filter) {
        refuseUnlessAllowed(actor);
        return Cohorts.treated(store.treatments(actor.clinicId()), store.responses(actor.clinicId()),
                filter.matches(), zones.zoneOf(actor.clinicId()), catalog.instruments());
    }

    private void refuseUnlessAllowed(Actor actor) {
        if (actor.isSystem() || !actor.hasRole(Role.CLINICIAN, Role.RESEARCHER) || actor.clinicId() == null) {
            audit.denied(actor, AuditAction.SEARCH, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Your role (" + (actor.role() == null ? "none" : actor.role().label())
                    + ") may not see the registry's figures.");
        }
    }

    private void audited(Actor actor, String figure, Filter filter, int n) {
        audit.success(actor, AuditAction.SEARCH, null, RESOURCE, null, String.format(Locale.ROOT,
                "%s condition=%s cellSource=%s productType=%s n=%d", figure, filter.conditionId(),
                filter.cellSource(), filter.productType(), n));
    }

    private static ResponderRates.Interval interval(Filter filter) {
        return filter.interval() == null ? ResponderRates.Interval.WILSON : filter.interval();
    }

    private Instrument primary(String id) {
        String wanted = id == null || id.isBlank() ? PAIN : id;
        if (!catalog.instruments().stream().anyMatch(i -> i.id().equals(wanted))) {
            throw InvalidInput.of("primary", "No instrument \"" + wanted + "\" in the catalog; use one of "
                    + String.join(", ", InstrumentCatalog.SHIPPED) + ".");
        }
        Instrument instrument = catalog.instrument(wanted);
        if (instrument.scoring().direction() == Direction.NOT_ORDERED) {
            throw InvalidInput.of("primary", instrument.title() + " is categorical; it has no MCID to count.");
        }
        return instrument;
    }
}
