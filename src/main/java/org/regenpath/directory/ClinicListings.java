package org.regenpath.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.identity.ClinicView;
import org.regenpath.identity.Clinics;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Regenpath clinic's own listing, which its clinic admin edits from the workspace: only their own clinic's,
 * never another's (there is no listing id to ask for). The clinic's name is the workspace's and cannot be typed
 * over; claims and publishing stay with the directory editors.
 */
@Service
public class ClinicListings {

    private final Listings listings;
    private final DirectoryListings directory;
    private final Clinics clinics;
    private final AuditTrail audit;
    private final Clock clock;

    ClinicListings(Listings listings, DirectoryListings directory, Clinics clinics, AuditTrail audit, Clock clock) {
        this.listings = listings;
        this.directory = directory;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clinic as the workspace knows it. */
    @Transactional(readOnly = true)
    public ClinicView clinic(Actor actor) {
        admin(actor, AuditAction.READ);
        return clinics.byId(actor.clinicId()).orElseThrow();
    }

    /** The admin's clinic's listing, if it has one yet. */
    @Transactional
    public Optional<Listing> own(Actor actor) {
        admin(actor, AuditAction.READ);
        Optional<Listing> listing = listings.idOfClinic(actor.clinicId()).flatMap(listings::byId);
        audit.success(actor, AuditAction.READ, null, DirectoryListings.RESOURCE, listing.map(Listing::id).orElse(null),
                "own clinic's listing");
        return listing;
    }

    /**
     * Saves the admin's clinic's listing, making it (unpublished) the first time.
     *
     * @throws org.regenpath.shared.InvalidInput naming each field that breaks a rule; nothing is saved then
     */
    @Transactional
    public Listing save(Actor actor, ClinicListingChange change) {
        admin(actor, AuditAction.UPDATE);
        String name = clinics.byId(actor.clinicId()).orElseThrow().name();
        Optional<Listing> existing = listings.idOfClinic(actor.clinicId()).flatMap(listings::byId);
        ListingDraft draft = new ListingDraft(name, ProviderKind.REGENPATH_CLINIC, change.summary(), change.website(),
                change.phone(), change.email(), change.virtualConsults(), change.priceMinUsd(), change.priceMaxUsd(),
                change.priceIncludes(), List.of(new Listing.Location(null, change.street(), change.city(),
                        change.state(), change.zip(), 0, 0)),
                existing.map(Listing::treatments).orElse(List.of()),
                existing.map(Listing::conditionIds).orElse(List.of()),
                existing.map(Listing::physicians).orElse(List.of()), List.of());
        if (existing.isEmpty()) {
            return directory.create(actor, draft, actor.clinicId());
        }
        ListingDraft checked = directory.rules().check(draft);
        long id = existing.get().id();
        listings.updateContact(id, checked, Instant.now(clock));
        audit.success(actor, AuditAction.UPDATE, null, DirectoryListings.RESOURCE, id, "own clinic's listing");
        return listings.byId(id).orElseThrow();
    }

    private void admin(Actor actor, AuditAction action) {
        if (actor.isSystem() || actor.role() != Role.CLINIC_ADMIN || actor.clinicId() == null) {
            audit.denied(actor, action, null, DirectoryListings.RESOURCE, null, "role " + actor.role()
                    + " not allowed");
            throw new AccessDenied("Only the clinic admin edits the clinic's listing.");
        }
    }
}
