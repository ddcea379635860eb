package org.regenpath.directory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.intake.CatalogCondition;
import org.regenpath.intake.ConditionCatalog;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's listings: the public reads (a published listing by its address, the sitemap) and registering a
 * new listing, which a directory editor does for a provider outside Regenpath (or the system for demo data). A new
 * listing is unpublished and its claims unverified until an editor checks them ({@link DirectoryEditing}). Public
 * reads are not audited: they show only what providers publish (docs/decisions/0054).
 */
@Service
public class DirectoryListings {

    static final String RESOURCE = "DirectoryListing";

    private final Listings listings;
    private final ConditionCatalog catalog;
    private final ListingRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    DirectoryListings(Listings listings, ConditionCatalog catalog, ZipCentroids zips, AuditTrail audit, Clock clock) {
        this.listings = listings;
        this.catalog = catalog;
        this.rules = new ListingRules(id -> catalog.condition(id).isPresent(), zips);
        this.audit = audit;
        this.clock = clock;
    }

    /** A published listing by its address; an unpublished or unknown one is empty alike. */
    @Transactional(readOnly = true)
    public Optional<Listing> published(String slug) {
        return listings.idOfSlug(slug).flatMap(listings::byId).filter(Listing::published);
    }

    /** Every published listing's address and last change. */
    @Transactional(readOnly = true)
    public List<PublishedListing> sitemap() {
        return listings.published();
    }

    /** The catalog conditions a listing may name, in catalog order, as id and name. */
    public Map<String, String> conditions() {
        Map<String, String> names = new LinkedHashMap<>();
        for (CatalogCondition c : catalog.conditions()) {
            names.put(c.id(), c.display());
        }
        return names;
    }

    /** A condition's name as the catalog gives it, or the id when the catalog no longer has it. */
    public String conditionName(String id) {
        return catalog.condition(id).map(CatalogCondition::display).orElse(id);
    }

    /**
     * Registers a listing for a provider outside Regenpath, unpublished, every claim unverified.
     *
     * @throws AccessDenied unless the actor is a directory editor (or the system)
     * @throws InvalidInput naming each field that breaks a rule, and an FEI number another listing holds
     */
    @Transactional
    public Listing register(Actor actor, ListingDraft draft) {
        if (!actor.hasRole(Role.DIRECTORY_EDITOR)) {
            audit.denied(actor, AuditAction.CREATE, null, RESOURCE, null, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only a directory editor may add a listing.");
        }
        if (draft.kind() == ProviderKind.REGENPATH_CLINIC) {
            throw InvalidInput.of("kind", "A clinic using Regenpath edits its own listing from its workspace.");
        }
        return create(actor, draft, null);
    }

    /**
     * The listing of a Regenpath clinic with what its workspace knows (treatments, conditions, claims), unpublished;
     * for the system only (demo data). A clinic admin edits theirs through {@link ClinicListings}.
     */
    @Transactional
    public Listing registerClinic(Actor actor, ClinicId clinic, ListingDraft draft) {
        if (!actor.isSystem()) {
            audit.denied(actor, AuditAction.CREATE, null, RESOURCE, null, "only the system lists a clinic");
            throw new AccessDenied("A clinic's listing is made from its workspace.");
        }
        return create(actor, new ListingDraft(draft.name(), ProviderKind.REGENPATH_CLINIC, draft.summary(),
                draft.website(), draft.phone(), draft.email(), draft.virtualConsults(), draft.priceMinUsd(),
                draft.priceMaxUsd(), draft.priceIncludes(), draft.locations(), draft.treatments(),
                draft.conditionIds(), draft.physicians(), draft.claims()), clinic);
    }

    /** True when the directory has any listing at all (demo data loads once). */
    @Transactional(readOnly = true)
    public boolean hasListings() {
        return listings.count() > 0;
    }

    /** The listing of a Regenpath clinic, made from its workspace ({@link ClinicListings}) or for demo data. */
    Listing create(Actor actor, ListingDraft draft, ClinicId clinic) {
        ListingDraft checked = rules.check(draft);
        refuseHeldFeis(checked);
        Instant now = Instant.now(clock);
        long id;
        try {
            id = listings.insert(checked, slug(checked.name()), clinic, now);
        } catch (DuplicateKeyException e) {
            // Two listings claiming one FEI at the same moment: the unique constraint decides, the message is the same.
            refuseHeldFeis(checked);
            throw e;
        }
        audit.success(actor, AuditAction.CREATE, null, RESOURCE, id, "listing " + checked.kind() + " claims="
                + checked.claims().size());
        return listings.byId(id).orElseThrow();
    }

    ListingRules rules() {
        return rules;
    }

    private void refuseHeldFeis(ListingDraft draft) {
        for (int i = 0; i < draft.claims().size(); i++) {
            ListingDraft.ClaimDraft c = draft.claims().get(i);
            if (c.kind() == ClaimKind.FDA_HCTP_REGISTRATION && listings.feiHolder(c.value()).isPresent()) {
                throw InvalidInput.of("claims[" + i + "]", "FEI number " + c.value() + " is already on another"
                        + " provider's listing: one registered establishment has one listing. If it is yours, ask"
                        + " the directory editors to check it.");
            }
        }
    }

    /** A readable address from the name, made unique with a number when another listing has it. */
    private String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "provider";
        }
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String slug = base;
        for (int n = 2; listings.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
