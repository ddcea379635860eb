package org.regenpath.instrument;

/** Where the wording a patient would see comes from. */
public enum ItemTextSource {
    /** Shipped in the repository (the licence allows it). */
    BUNDLED,
    /** Installed by the clinic from its licensed copy. */
    LICENSED_OVERLAY,
    /** Licensed wording is not installed: items show a generic label and a notice; scoring still works. */
    PLACEHOLDER
}
