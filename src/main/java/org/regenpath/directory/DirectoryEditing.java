package org.regenpath.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.audit.AuditAction;
import org.regenpath.audit.AuditTrail;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a directory editor does: sees the listings awaiting them, verifies each claim against its public register
 * (recording who and when, and for an FEI number the day it was looked up), and publishes or withdraws a listing.
 * Every step is audited; every other role is refused, audited. Editors never reach patient data: their role is no
 * clinic's staff role, so no clinic page or API serves them.
 */
@Service
public class DirectoryEditing {

    private final Listings listings;
    private final AuditTrail audit;
    private final Clock clock;

    DirectoryEditing(Listings listings, AuditTrail audit, Clock clock) {
        this.listings = listings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Listings not yet published or with a claim nobody verified, oldest change first. */
    @Transactional
    public List<Listing> awaiting(Actor actor) {
        editor(actor, AuditAction.SEARCH, null);
        List<Listing> found = listings.byIds(listings.awaiting());
        audit.success(actor, AuditAction.SEARCH, null, DirectoryListings.RESOURCE, null,
                "awaiting verification n=" + found.size());
        return found;
    }

    /** Any listing, published or not. */
    @Transactional
    public Listing listing(Actor actor, long id) {
        editor(actor, AuditAction.READ, id);
        Listing listing = find(id);
        audit.success(actor, AuditAction.READ, null, DirectoryListings.RESOURCE, id, null);
        return listing;
    }

    /**
     * Marks one claim verified by this editor, now.
     *
     * @param lookedUpOn the day the editor looked the claim up in its register (FDA's database for an FEI); required
     *     for an FDA registration, not after today
     * @throws Conflict when the claim was verified already
     */
    @Transactional
    public Listing verifyClaim(Actor actor, long id, long claimId, LocalDate lookedUpOn) {
        editor(actor, AuditAction.UPDATE, id);
        Listing listing = find(id);
        Listing.Claim claim = listing.claims().stream().filter(c -> c.id() == claimId).findFirst()
                .orElseThrow(() -> new NotFound("No such claim on this listing."));
        LocalDate today = LocalDate.now(clock);
        if (claim.kind() == ClaimKind.FDA_HCTP_REGISTRATION && lookedUpOn == null) {
            throw InvalidInput.of("lookedUpOn", "Give the day you looked the FEI number up in FDA's database.");
        }
        if (lookedUpOn != null && lookedUpOn.isAfter(today.plusDays(1))) {
            throw InvalidInput.of("lookedUpOn", "The day it was looked up cannot be in the future.");
        }
        if (!listings.verifyClaim(id, claimId, actor.userId(), actor.displayName(), Instant.now(clock),
                lookedUpOn)) {
            throw new Conflict(null, "This claim was verified already.");
        }
        audit.success(actor, AuditAction.UPDATE, null, DirectoryListings.RESOURCE, id,
                "verified claim " + claimId + " " + claim.kind());
        return find(id);
    }

    /** Publishes the listing, or withdraws it from the public pages; doing what is done already is refused. */
    @Transactional
    public Listing publish(Actor actor, long id, boolean published) {
        editor(actor, AuditAction.UPDATE, id);
        find(id);
        if (!listings.setPublished(id, published, Instant.now(clock))) {
            throw new Conflict(null, published ? "This listing is published already." : "This listing is not published.");
        }
        audit.success(actor, AuditAction.UPDATE, null, DirectoryListings.RESOURCE, id,
                published ? "published" : "unpublished");
        return find(id);
    }

    private Listing find(long id) {
        return listings.byId(id).orElseThrow(() -> new NotFound("No such listing."));
    }

    private void editor(Actor actor, AuditAction action, Long id) {
        if (!actor.hasRole(Role.DIRECTORY_EDITOR)) {
            audit.denied(actor, action, null, DirectoryListings.RESOURCE, id, "role " + actor.role() + " not allowed");
            throw new AccessDenied("Only a directory editor may do this.");
        }
    }
}
