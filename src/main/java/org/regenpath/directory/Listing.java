package org.regenpath.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.ProductType;

/**
 * A provider's listing in the public directory, as read: who they are, where, what they offer and for which
 * conditions, who treats, what it costs and what it includes, and each claim with whether a directory editor
 * verified it, by whom and when. Condition pages, outcomes and contact requests will hang off the listing's id.
 *
 * @param clinicId the Regenpath clinic the listing belongs to; {@code null} for providers outside Regenpath
 * @param conditionIds the conditions treated, as ids of the intake condition catalog
 */
public record Listing(long id, String slug, String name, ProviderKind kind, ClinicId clinicId, String summary,
        String website, String phone, String email, boolean virtualConsults, Integer priceMinUsd, Integer priceMaxUsd,
        String priceIncludes, boolean published, Instant updatedAt, List<Location> locations,
        List<Treatment> treatments, List<String> conditionIds, List<Physician> physicians, List<Claim> claims) {

    public Listing {
        locations = List.copyOf(locations);
        treatments = List.copyOf(treatments);
        conditionIds = List.copyOf(conditionIds);
        physicians = List.copyOf(physicians);
        claims = List.copyOf(claims);
    }

    /**
     * Verified means every claim the listing makes was checked by a directory editor, and it makes at least one
     * (docs/decisions/0052): a listing that claims nothing has nothing verified.
     */
    public boolean verified() {
        return !claims.isEmpty() && claims.stream().allMatch(Claim::verified);
    }

    /** The claims no editor has checked yet. */
    public List<Claim> unverifiedClaims() {
        return claims.stream().filter(c -> !c.verified()).toList();
    }

    public boolean offersStemCells() {
        return treatments.stream().anyMatch(t -> t.category() == TreatmentCategory.STEM_CELL_THERAPY);
    }

    /**
     * A place the provider sees people; its coordinates are where the search measures from.
     *
     * @param stateCode the two-letter USPS state code
     */
    public record Location(String label, String street, String city, String stateCode, String zip, double latitude,
            double longitude) {}

    /**
     * A treatment offered; cell source and product type only for stem cell therapy, either may be unknown.
     */
    public record Treatment(TreatmentCategory category, CellSource cellSource, ProductType productType) {

        public static Treatment stemCells(CellSource source, ProductType type) {
            return new Treatment(TreatmentCategory.STEM_CELL_THERAPY, source, type);
        }

        public static Treatment of(TreatmentCategory category) {
            return new Treatment(category, null, null);
        }
    }

    public record Physician(String name, String credentials, String specialty) {}

    /**
     * A claim and its verification.
     *
     * @param value what is claimed: the FEI or IND number, the accrediting body's decision, the board and physician
     * @param lookedUpOn for an FDA registration, the day an editor looked the FEI up in FDA's database
     * @param verifiedBy the editor's name as shown, or {@code null} while unverified
     */
    public record Claim(long id, ClaimKind kind, String value, LocalDate lookedUpOn, boolean verified,
            String verifiedBy, Instant verifiedAt) {}
}
