package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * What the regulatory classification of a plan depends on: the cell source, product type and injection sites, and
 * the facts the treating clinician declares about processing and use. Each declaration maps to a criterion of
 * 21 CFR 1271.3(d), 1271.15(b) or 1271.10(a); where the rule data derives a value from the product type (e.g.
 * enzymatic SVF is more than minimally manipulated) or from product type and site (e.g. FDA's position that a
 * cord tissue product injected into a joint is non-homologous use), a declaration that contradicts it is refused,
 * unless, for the use, the clinician writes why they depart from it.
 *
 * <p>Use {@link #of(CellSource, ProductType, IntendedUse)} and the {@code with...} methods; the defaults are the
 * cautious answers (not the same surgical procedure, not attested as "such HCT/P", living-cell function).
 *
 * @param cellSource where the cells come from
 * @param productType what is made from them
 * @param manipulation the declared manipulation (21 CFR 1271.3(f)), or {@code null} to rely on the product type;
 *     the classifier refuses a plan where neither settles it
 * @param use the declared use (21 CFR 1271.3(c), 1271.10(a)(2)), or {@code null} to rely on what the rule data
 *     derives from product type and sites; the classifier refuses a plan where neither settles it
 * @param sameSurgicalProcedure harvest and implantation happen in the same surgical procedure (1271.15(b))
 * @param remainsSuchHctp the clinician attests that what is implanted is still "such HCT/P": processing that does
 *     not go beyond steps such as rinsing, cleansing, sizing, shaping or separating it by centrifugation, and
 *     isolates, expands or alters no cells (FDA same-surgical-procedure Q&amp;A, Nov 2017); refused where the
 *     product type or a more-than-minimal manipulation rules it out
 * @param combinedWithAnotherArticle combined with an article other than water, crystalloids or a sterilising,
 *     preserving or storage agent (1271.10(a)(3))
 * @param systemicOrLivingCellFunction the product has a systemic effect or depends on the metabolic activity of
 *     living cells for its primary function (1271.10(a)(4))
 * @param bloodRelativeDonor an allogeneic donor who is a first- or second-degree blood relative of the recipient
 *     (1271.10(a)(4)(ii)(B))
 * @param homologousUseJustification why the clinician declares a use that departs from FDA's position as the rule
 *     data records it, or {@code null}; required for such a departure, shown in the regulatory record
 * @param siteRegions the injection sites' regions in the clinician's words (e.g. "knee joint"); a plan's are
 *     always its sites' regions
 */
public record PathwayFacts(
        CellSource cellSource,
        ProductType productType,
        Manipulation manipulation,
        IntendedUse use,
        boolean sameSurgicalProcedure,
        boolean remainsSuchHctp,
        boolean combinedWithAnotherArticle,
        boolean systemicOrLivingCellFunction,
        boolean bloodRelativeDonor,
        String homologousUseJustification,
        List<String> siteRegions) {

    /** Longest justification accepted. */
    public static final int MAX_JUSTIFICATION = 2000;

    public PathwayFacts {
        Map<String, String> errors = new LinkedHashMap<>();
        if (cellSource == null) {
            errors.put("cellSource", "Choose the cell source");
        }
        if (productType == null) {
            errors.put("productType", "Choose the product type");
        }
        homologousUseJustification = homologousUseJustification == null || homologousUseJustification.isBlank()
                ? null : homologousUseJustification.strip();
        if (homologousUseJustification != null && homologousUseJustification.length() > MAX_JUSTIFICATION) {
            errors.put("homologousUseJustification", "At most " + MAX_JUSTIFICATION + " characters");
        }
        siteRegions = siteRegions == null ? List.of()
                : siteRegions.stream().filter(Objects::nonNull).filter(r -> !r.isBlank()).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The cautious starting point: manipulation left to the product type, nothing else attested, no sites. */
    public static PathwayFacts of(CellSource source, ProductType type, IntendedUse use) {
        return new PathwayFacts(source, type, null, use, false, false, false, true, false, null, List.of());
    }

    public PathwayFacts withManipulation(Manipulation value) {
        return new PathwayFacts(cellSource, productType, value, use, sameSurgicalProcedure, remainsSuchHctp,
                combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withUse(IntendedUse value) {
        return new PathwayFacts(cellSource, productType, manipulation, value, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withSameSurgicalProcedure(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, value, remainsSuchHctp,
                combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withRemainsSuchHctp(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure, value,
                combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withCombinedWithAnotherArticle(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, value, systemicOrLivingCellFunction, bloodRelativeDonor,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withSystemicOrLivingCellFunction(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, value, bloodRelativeDonor,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withBloodRelativeDonor(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, systemicOrLivingCellFunction, value,
                homologousUseJustification, siteRegions);
    }

    public PathwayFacts withHomologousUseJustification(String value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor,
                value, siteRegions);
    }

    public PathwayFacts withSiteRegions(List<String> value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor,
                homologousUseJustification, value);
    }
}
