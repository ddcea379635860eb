package org.regenpath.planning;

import java.util.Locale;

/**
 * The criteria a pathway rule can name. The rule data decides which criteria make up which pathway and cites
 * them; each criterion here only says how to read it off a plan.
 */
enum Criterion {

    /** 21 CFR 1271.3(d)(4): the product is bone marrow, which the rule data's product profile says. */
    BONE_MARROW_EXCLUSION {
        @Override
        Finding evaluate(Evaluation e) {
            Derived<NotAnHctpBasis> basis = e.profile().notAnHctp();
            return basis != null && basis.value() == NotAnHctpBasis.BONE_MARROW
                    ? Finding.met(e.productTypeLabel() + " is bone marrow.")
                    : Finding.unmet(e.productTypeLabel() + " is not bone marrow.");
        }
    },

    /** 21 CFR 1271.15(b): removal and implantation in the same surgical procedure. */
    SAME_SURGICAL_PROCEDURE {
        @Override
        Finding evaluate(Evaluation e) {
            return e.facts().sameSurgicalProcedure()
                    ? Finding.met("Harvest and injection are planned in the same surgical procedure.")
                    : Finding.unmet("Harvest and injection are not planned in the same surgical procedure.");
        }
    },

    /** 21 CFR 1271.15(b): into the same individual. */
    AUTOLOGOUS_USE {
        @Override
        Finding evaluate(Evaluation e) {
            return autologous(e);
        }
    },

    /** 21 CFR 1271.15(b) "such HCT/P", read with the FDA same-surgical-procedure Q&amp;A. */
    REMAINS_SUCH_HCTP {
        @Override
        Finding evaluate(Evaluation e) {
            Derived<Boolean> derived = e.profile().remainsSuchHctp();
            if (derived != null) {
                String text = e.productTypeLabel() + ": " + derived.basis().text();
                return derived.value() ? Finding.met(text) : Finding.unmet(text);
            }
            return e.facts().remainsSuchHctp()
                    ? Finding.met("The clinician attests that processing is limited to rinsing, cleansing, sizing"
                            + " and shaping.")
                    : Finding.unmet("It is not attested that processing is limited to rinsing, cleansing, sizing"
                            + " and shaping.");
        }
    },

    /** 21 CFR 1271.10(a)(1). */
    MINIMAL_MANIPULATION {
        @Override
        Finding evaluate(Evaluation e) {
            String how = e.manipulationBasis() == null
                    ? " (declared by the clinician)."
                    : ", implied by the product type: " + e.manipulationBasis().text();
            String manipulation = e.manipulation().label().toLowerCase(Locale.ROOT);
            String text = e.productTypeLabel() + ": " + manipulation + how;
            return e.manipulation() == Manipulation.MINIMAL ? Finding.met(text) : Finding.unmet(text);
        }
    },

    /** 21 CFR 1271.10(a)(2). */
    HOMOLOGOUS_USE {
        @Override
        Finding evaluate(Evaluation e) {
            String use = e.use().label().toLowerCase(Locale.ROOT);
            String text;
            if (e.useBasis() == null) {
                text = "The clinician declares " + use + ".";
            } else if (e.departs()) {
                text = "The clinician declares " + use + ", departing from FDA's position as the rules record it ("
                        + e.useBasis().text() + "). The clinician's justification: "
                        + e.facts().homologousUseJustification();
            } else if (e.facts().use() == null) {
                text = e.productTypeLabel() + " at these sites: " + use + ", derived from product type and site: "
                        + e.useBasis().text();
            } else {
                text = "The clinician declares " + use + ". " + e.useBasis().text();
            }
            return e.use() == IntendedUse.HOMOLOGOUS ? Finding.met(text) : Finding.unmet(text);
        }
    },

    /** 21 CFR 1271.10(a)(3). */
    NOT_COMBINED {
        @Override
        Finding evaluate(Evaluation e) {
            return e.facts().combinedWithAnotherArticle()
                    ? Finding.unmet("The cells are combined with another article.")
                    : Finding.met("The cells are not combined with another article.");
        }
    },

    /** 21 CFR 1271.10(a)(4). */
    NO_SYSTEMIC_EFFECT_OR_AUTOLOGOUS_OR_RELATED {
        @Override
        Finding evaluate(Evaluation e) {
            if (!e.facts().systemicOrLivingCellFunction()) {
                return Finding.met("The product has no systemic effect and does not depend on the metabolic"
                        + " activity of living cells for its primary function.");
            }
            Finding autologous = autologous(e);
            if (autologous.met()) {
                return Finding.met("The product depends on living cells and is for autologous use.");
            }
            if (e.facts().bloodRelativeDonor()) {
                return Finding.met("The product depends on living cells and the donor is a first- or"
                        + " second-degree blood relative.");
            }
            return Finding.unmet("The product depends on living cells and is neither autologous nor from a first-"
                    + " or second-degree blood relative.");
        }
    };

    abstract Finding evaluate(Evaluation e);

    private static Finding autologous(Evaluation e) {
        return switch (e.facts().cellSource().donor()) {
            case AUTOLOGOUS -> Finding.met("The cells are the patient's own (" + e.sourceLabel() + ").");
            case ALLOGENEIC -> Finding.unmet("The cells come from a donor (" + e.sourceLabel() + ").");
            case NOT_RECORDED -> Finding.unmet("The source is \"other\", so the cells are not recorded as the"
                    + " patient's own.");
        };
    }

    /** What a criterion found in a plan. */
    record Finding(boolean met, String text) {

        static Finding met(String text) {
            return new Finding(true, text);
        }

        static Finding unmet(String text) {
            return new Finding(false, text);
        }
    }

    /** A plan's facts with what the rule data derived for its product type. */
    record Evaluation(
            PathwayFacts facts, ProductTypeProfile profile, Manipulation manipulation, Statement manipulationBasis,
            IntendedUse use, Statement useBasis, boolean departs) {

        String productTypeLabel() {
            return facts.productType().label();
        }

        String sourceLabel() {
            return facts.cellSource().label();
        }
    }
}
