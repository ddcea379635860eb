package org.regenpath.planning;

/**
 * What kind of place an injection site is, as far as FDA's position on homologous use depends on it. The rule
 * data maps words in a site's region (e.g. "knee joint", "Achilles tendon", "L4-L5 disc") to a kind; a region it
 * cannot place is {@link #UNRECOGNISED}, and then the clinician declares the use.
 */
public enum SiteKind {
    /** Inside a joint (intra-articular), e.g. knee, hip, shoulder. */
    JOINT("a joint"),
    /** A tendon, ligament or their attachment, e.g. the Achilles tendon, a rotator cuff tendon. */
    TENDON_OR_LIGAMENT("a tendon or ligament"),
    /** The spine: an intervertebral disc, a facet joint, the epidural space. */
    SPINE("the spine (disc, facet or epidural space)"),
    /** None of the rule data's words match the region. */
    UNRECOGNISED("a site the rules do not recognise");

    private final String label;

    SiteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
