package org.regenpath.instrument;

/**
 * Whether an instrument's item wording may ship in this open-source repository
 * (reference/clinical-standards.md §1a).
 */
public enum TextLicence {
    /** The wording may be redistributed unaltered (NRS, PEG, KOOS, KOOS JR, HOOS JR, PHQ-9, PGIC). */
    REDISTRIBUTABLE,
    /** Only structure and scoring ship; a clinic installs its licensed wording (ODI v2.1a, NDI). */
    LICENSED
}
