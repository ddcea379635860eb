package org.regenpath.product;

/**
 * The checks made at the bedside before an injection, in the order the screen shows them. Every one is a hard
 * stop: a product is injected only when all pass. The chain-of-identity requirement behind them is to match the
 * scanned product and wristband to the order, with a second person's verification (FACT-JACIE, wording not yet
 * verified; {@code shared/reference/clinical-standards.md} section 5d).
 */
public enum BedsideRule {
    /** The wristband scanned as a patient id. */
    WRISTBAND_READ,
    /** The label scanned as a product id with a valid check character. */
    LABEL_READ,
    /** A product with that id is on record. */
    PRODUCT_FOUND,
    /** The product belongs to the patient on the wristband. */
    SAME_PATIENT,
    /** The product has been released. */
    RELEASED,
    /** The product has not expired. */
    NOT_EXPIRED,
    /** The product has not been administered before. */
    NOT_ALREADY_ADMINISTERED,
    /** The chosen site is in the patient's approved plan. */
    SITE_IN_PLAN,
    /**
     * No injection has been given at the chosen site under the plan version in force. A plan version authorises
     * one injection at each site it lists (each site once, with its whole dose); a repeat needs a new version.
     */
    INJECTIONS_IN_PLAN,
    /** The volume to inject is entered and is no more than the plan version's dose for the site. */
    DOSE_IN_PLAN,
    /**
     * The patient's consent to the approved plan version still stands: signed, countersigned and not withdrawn. A
     * patient may withdraw consent at any time, also on the day of the injection (ISSCR informed-consent standard,
     * voluntariness, as summarised in {@code shared/reference/landscape.md} section 11 and not yet verified against
     * its text; in the spirit of 21 CFR 50.25(a)(8), the subject "may discontinue participation at any time", which
     * governs clinical investigations). A withdrawn consent is a hard stop; the product stays RELEASED for the lab
     * to decide on.
     */
    CONSENT_IN_FORCE,
    /** A second person, not the operator, confirms the check. */
    SECOND_PERSON
}
