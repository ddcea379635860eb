package org.regenpath.shared;

/**
 * The kinds of cell product a clinic may plan, process and inject. The regulatory meaning of each (the
 * manipulation it implies, whether it is research-only) is data in the planning module
 * ({@code clinical/regulatory/hctp-pathway-rules.json}); QC release criteria and shelf life per type are the
 * clinic's configuration in the product module. This enum is only the shared vocabulary.
 */
public enum ProductType {
    BONE_MARROW_CONCENTRATE("Bone marrow concentrate"),
    /** Stromal vascular fraction isolated from adipose tissue by enzymatic digestion. */
    ADIPOSE_SVF_ENZYMATIC("Adipose stromal vascular fraction (enzymatic)"),
    /** Adipose tissue micro-fragmented by mechanical processing, without enzymes. */
    MICROFRAGMENTED_ADIPOSE("Micro-fragmented adipose tissue (mechanical)"),
    /** Mesenchymal stromal cells multiplied in culture before use. */
    CULTURE_EXPANDED_MSC("Culture-expanded mesenchymal stromal cells"),
    UMBILICAL_WHARTONS_JELLY_PRODUCT("Donor umbilical cord / Wharton's jelly product"),
    /** Donated amniotic membrane, e.g. as a sheet or a particulate (micronised) injectable. */
    AMNIOTIC_MEMBRANE("Donor amniotic membrane product"),
    /** Donated amniotic fluid that still contains cells. */
    AMNIOTIC_FLUID_CELLULAR("Donor amniotic fluid (with cells)"),
    /** Donated amniotic fluid processed to remove its cells; contains no cells or tissue. */
    AMNIOTIC_FLUID_ACELLULAR("Donor amniotic fluid (acellular)"),
    /** Platelet-rich plasma: the patient's own blood, centrifuged to concentrate platelets; a blood component. */
    PLATELET_RICH_PLASMA("Platelet-rich plasma (PRP)"),
    /** Research only: may be used only within a clinical trial. */
    EMBRYONIC_STEM_CELL_DERIVED("Embryonic stem cell-derived product (research only)"),
    /** Research only: may be used only within a clinical trial. */
    IPSC_DERIVED("Induced pluripotent stem cell-derived product (research only)");

    private final String label;

    ProductType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
