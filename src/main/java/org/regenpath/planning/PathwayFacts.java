package org.regenpath.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.ProductType;

/**
 * What the regulatory classification of a plan depends on: the cell source and product type, and the facts the
 * treating clinician declares about processing and use. Each declaration maps to a criterion of 21 CFR 1271.15(b)
 * or 1271.10(a); where the rule data derives a value from the product type (e.g. enzymatic SVF is more than
 * minimally manipulated), the derived value wins over the declaration and the classification says so.
 *
 * <p>Use {@link #of(CellSource, ProductType, IntendedUse)} and the {@code with...} methods; the defaults are the
 * cautious answers (not the same surgical procedure, not attested as "such HCT/P", living-cell function).
 *
 * @param cellSource where the cells come from
 * @param productType what is made from them
 * @param manipulation the declared manipulation (21 CFR 1271.3(f)), or {@code null} to rely on the product type;
 *     the classifier refuses a plan where neither settles it
 * @param use homologous or not (21 CFR 1271.3(c), 1271.10(a)(2))
 * @param sameSurgicalProcedure harvest and implantation happen in the same surgical procedure (1271.15(b))
 * @param remainsSuchHctp the clinician attests that what is implanted is still "such HCT/P", its processing
 *     limited to rinsing, cleansing, sizing and shaping (FDA same-surgical-procedure Q&amp;A, Nov 2017); ignored
 *     where the product type settles it
 * @param combinedWithAnotherArticle combined with an article other than water, crystalloids or a sterilising,
 *     preserving or storage agent (1271.10(a)(3))
 * @param systemicOrLivingCellFunction the product has a systemic effect or depends on the metabolic activity of
 *     living cells for its primary function (1271.10(a)(4))
 * @param bloodRelativeDonor an allogeneic donor who is a first- or second-degree blood relative of the recipient
 *     (1271.10(a)(4)(ii)(B))
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
        boolean bloodRelativeDonor) {

    public PathwayFacts {
        Map<String, String> errors = new LinkedHashMap<>();
        if (cellSource == null) {
            errors.put("cellSource", "Choose the cell source");
        }
        if (productType == null) {
            errors.put("productType", "Choose the product type");
        }
        if (use == null) {
            errors.put("use", "Say whether the intended use is homologous or not");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The cautious starting point: manipulation left to the product type, nothing else attested. */
    public static PathwayFacts of(CellSource source, ProductType type, IntendedUse use) {
        return new PathwayFacts(source, type, null, use, false, false, false, true, false);
    }

    public PathwayFacts withManipulation(Manipulation value) {
        return new PathwayFacts(cellSource, productType, value, use, sameSurgicalProcedure, remainsSuchHctp,
                combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor);
    }

    public PathwayFacts withUse(IntendedUse value) {
        return new PathwayFacts(cellSource, productType, manipulation, value, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor);
    }

    public PathwayFacts withSameSurgicalProcedure(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, value, remainsSuchHctp,
                combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor);
    }

    public PathwayFacts withRemainsSuchHctp(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure, value,
                combinedWithAnotherArticle, systemicOrLivingCellFunction, bloodRelativeDonor);
    }

    public PathwayFacts withCombinedWithAnotherArticle(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, value, systemicOrLivingCellFunction, bloodRelativeDonor);
    }

    public PathwayFacts withSystemicOrLivingCellFunction(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, value, bloodRelativeDonor);
    }

    public PathwayFacts withBloodRelativeDonor(boolean value) {
        return new PathwayFacts(cellSource, productType, manipulation, use, sameSurgicalProcedure,
                remainsSuchHctp, combinedWithAnotherArticle, systemicOrLivingCellFunction, value);
    }
}
