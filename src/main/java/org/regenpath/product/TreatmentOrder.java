package org.regenpath.product;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regenpath.planning.ConsentInForce;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.InjectionSite;

/**
 * What the patient's approved treatment plan authorises at the bedside, read from the planning module: the version
 * in force, the sites it lists with the dose planned at each, the injections already given under that version,
 * and whether the patient's consent to it still stands. A plan version authorises one injection at each site it
 * lists, of at most the planned volume; the plan has no field for repeats, so a repeat injection needs a new
 * version that lists the site again. The bedside check and {@link CellProduct#administer} both stop anything
 * beyond it.
 *
 * @param planVersion the number of the version in force, or {@code null} when no version is approved
 * @param sites the sites of the version in force with their doses; empty when no version is approved
 * @param given the injections already given under the version in force
 * @param consent the patient's consent to the version in force
 */
public record TreatmentOrder(Integer planVersion, List<PlannedSite> sites, List<PlanInjection> given,
        ConsentInForce consent) {

    public TreatmentOrder {
        sites = List.copyOf(sites);
        given = List.copyOf(given);
        Objects.requireNonNull(consent, "consent");
    }

    /** The planned sites without their doses. */
    public Set<InjectionSite> injectionSites() {
        return sites.stream().map(PlannedSite::site).collect(Collectors.toUnmodifiableSet());
    }

    /** The plan's row for the site, if it lists it. */
    public Optional<PlannedSite> planned(InjectionSite site) {
        return sites.stream().filter(s -> s.site().equals(site)).findFirst();
    }

    /** The injection already given at the site under this version, if any. */
    public Optional<PlanInjection> givenAt(InjectionSite site) {
        return given.stream().filter(g -> g.site().equals(site)).findFirst();
    }
}
