package org.regenpath.product;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads products for a module that authorises the actor and audits what it shows on its own: the recall trace
 * (21 CFR 1271.290(b): from a product to its patient, and from a kit lot or device to every product). It neither
 * authorises nor audits, so it runs only inside the caller's transaction, where the caller's audit rows commit
 * with the read; everything but {@link #byIdentifier} is scoped to one clinic.
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

    /** The patient's products in the clinic, oldest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byPatient(ClinicId clinic, PatientId patient) {
        return views.of(products.byPatient(patient).stream().filter(s -> s.clinicId().equals(clinic)).toList());
    }

    /** The clinic's products made for any of the plans, oldest first (a batch read for lists of plans). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ProductView> byPlans(ClinicId clinic, java.util.Collection<Long> planIds) {
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
