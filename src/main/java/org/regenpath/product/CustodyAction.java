package org.regenpath.product;

/** The custody steps a lab technician or clinician records through the API, after collection. */
public enum CustodyAction {
    PROCESS,
    QC,
    QUARANTINE,
    RESUME,
    REJECT,
    RELEASE,
    DISCARD
}
