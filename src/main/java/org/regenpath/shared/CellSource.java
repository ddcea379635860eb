package org.regenpath.shared;

/**
 * Where the cells of a treatment come from. Autologous cells are recovered from the patient who receives them
 * (21 CFR 1271.3(a)); allogeneic cells come from a donor. The distinction decides the regulatory pathway
 * (21 CFR 1271.10(a)(4), 1271.15(b)) and the "FOR AUTOLOGOUS USE ONLY" label (21 CFR 1271.90).
 */
public enum CellSource {
    /** Bone marrow aspirated from the patient's own iliac crest (the hip). */
    AUTOLOGOUS_BONE_MARROW("Autologous bone marrow (iliac crest aspirate)", Donor.AUTOLOGOUS),
    /** The patient's own fat (adipose) tissue, taken by a small sterile lipoaspiration. */
    AUTOLOGOUS_ADIPOSE("Autologous adipose tissue", Donor.AUTOLOGOUS),
    ALLOGENEIC_UMBILICAL_CORD("Allogeneic umbilical cord", Donor.ALLOGENEIC),
    ALLOGENEIC_WHARTONS_JELLY("Allogeneic Wharton's jelly", Donor.ALLOGENEIC),
    /** Donated placental tissue, including the amniotic membrane. */
    ALLOGENEIC_PLACENTAL("Allogeneic placental tissue (including amniotic membrane)", Donor.ALLOGENEIC),
    /** Donated amniotic fluid, collected at a planned caesarean delivery. */
    ALLOGENEIC_AMNIOTIC_FLUID("Allogeneic amniotic fluid", Donor.ALLOGENEIC),
    /** The patient's own blood, drawn from a vein (for platelet-rich plasma). */
    AUTOLOGOUS_PERIPHERAL_BLOOD("Autologous peripheral blood (venous draw)", Donor.AUTOLOGOUS),
    /** Anything else; its donor relation is not recorded, so no rule may assume it is autologous. */
    OTHER("Other source", Donor.NOT_RECORDED);

    /** Whose cells they are, relative to the patient who receives them. */
    public enum Donor {
        AUTOLOGOUS,
        ALLOGENEIC,
        NOT_RECORDED
    }

    private final String label;
    private final Donor donor;

    CellSource(String label, Donor donor) {
        this.label = label;
        this.donor = donor;
    }

    public String label() {
        return label;
    }

    public Donor donor() {
        return donor;
    }

    /** True only when the cells are known to come from the patient who receives them. */
    public boolean isAutologous() {
        return donor == Donor.AUTOLOGOUS;
    }
}
