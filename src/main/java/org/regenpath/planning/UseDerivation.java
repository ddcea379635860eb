package org.regenpath.planning;

/**
 * What FDA's published position says about the homologous use of a product type at a kind of site, as the rule
 * data records it.
 */
public enum UseDerivation {
    /** FDA's position is that the use is homologous. */
    HOMOLOGOUS,
    /** FDA's position is that the use is non-homologous. */
    NON_HOMOLOGOUS,
    /** FDA's position is not settled: the clinician declares the use, and the screen says the question is open. */
    OPEN
}
