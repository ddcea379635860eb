package org.regenpath.product;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * Reads products for a module that authorises the actor and audits what it shows on its own: the recall trace
 * (21 CFR 1271.290(b): from a product to its patient, and from a kit lot or device to every product). It neither
 * authorises nor audits, so it runs only inside the caller's transaction, where the caller's audit rows commit
 * with the read; everything but {@link #byIdentifier} is scoped to one clinic (decision 0038: the registry, a FHIR
 * facade and the safety module read products in batches, by page and by what changed since a cursor).
 */
@Service
public class ProductLookup {

    private final Products products;
    private final ProductViews views;

    ProductLookup(Products products, ProductViews views) {
        this.products = products;
        this.views = views;
    }

    /**
     * The product with this identifier, in whichever clinic: the caller must authorise the actor for the product's
     * patient (which refuses another clinic's) before showing anything of it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ProductView> byIdentifier(String identifier) {
        String id = identifier == null ? "" : identifier.strip().toUpperCase(Locale.ROOT);
        return products.byIdentifier(id).map(views::of);
    }

    /** The patient's products in the clinic, oldest first (one query for their custody events). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byPatient(ClinicId clinic, PatientId patient) {
        return views.of(products.byPatient(patient).stream().filter(s -> s.clinicId().equals(clinic)).toList());
    }

    /** The clinic's product with this identifier, or empty when it is another clinic's or there is none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ProductView> byId(ClinicId clinic, String identifier) {
        return byIds(clinic, List.of(identifier)).stream().findFirst();
    }

    /**
     * The clinic's products among these identifiers, oldest first; others are left out. One query reads the
     * products, one their custody events and a fixed few the consents of their plans, however many are asked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byIds(ClinicId clinic, Collection<String> identifiers) {
        return views.of(products.byIdentifiers(clinic, identifiers.stream()
                .map(id -> id == null ? "" : id.strip().toUpperCase(Locale.ROOT)).distinct().toList()));
    }

    /** One page of the clinic's products, oldest first, with the total. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultPage<ProductView> page(ClinicId clinic, Paging paging) {
        return new ResultPage<>(views.of(products.page(clinic, paging.offset(), paging.size())), paging.page(),
                paging.size(), products.count(clinic));
    }

    /**
     * The clinic's products collected or given a custody step after the cursor, oldest change first, at most
     * {@code limit}. A product's last change is the recorded time of its newest custody event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Changes<ProductView> changedSince(ClinicId clinic, ChangeCursor cursor, int limit) {
        List<Products.Changed> changed = products.changedSince(clinic, cursor, Changes.limit(limit));
        List<ProductView> shown = views.of(changed.stream().map(Products.Changed::stored).toList());
        ChangeCursor next = changed.isEmpty() ? cursor : new ChangeCursor(changed.get(changed.size() - 1)
                .updatedAt(), changed.get(changed.size() - 1).stored().rowId());
        return new Changes<>(shown, next, changed.size() >= limit);
    }

    /** The clinic's products made for any of the plans, oldest first (a batch read for lists of plans). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byPlans(ClinicId clinic, Collection<Long> planIds) {
        return views.of(products.byPlans(clinic, planIds));
    }

    /** The clinic's products with a custody step that used the kit lot, in any case, newest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byKitLot(ClinicId clinic, String kitLot) {
        return views.of(products.usingMaterial(clinic, Products.Material.KIT_LOT, kitLot));
    }

    /** The clinic's products with a custody step that used the device, in any case, newest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byDevice(ClinicId clinic, String device) {
        return views.of(products.usingMaterial(clinic, Products.Material.DEVICE, device));
    }
}
