package org.regenpath.planning;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.regenpath.shared.CellSource;

/**
 * What one plan version says, in the words the consent document shows: who, where, the treatment, its regulatory
 * class, and the evidence level the intake condition catalog gives the condition (shown as it is, never
 * upgraded).
 *
 * @param clinicName the clinic
 * @param patientName the patient's name as registered, given name first
 * @param planId the plan
 * @param versionNumber the plan version
 * @param details what the version says
 * @param pathway its regulatory class
 * @param regulatoryFacts the facts the class was worked out from, in plain words (see {@link #regulatoryFacts})
 * @param regulatoryUncertainty what is uncertain about the class, in plain words
 * @param conditionName the condition treated, e.g. "Knee osteoarthritis"
 * @param evidenceLevel the catalog's evidence level in GRADE words, e.g. "Low", or {@code null} when unknown
 * @param evidenceSummary the catalog's summary of the evidence, or {@code null}
 * @param evidenceSources the catalog's sources
 * @param followUpLabel the follow-up schedule's name as the template list gives it, or {@code null} for the id
 */
public record ConsentFacts(String clinicName, String patientName, long planId, int versionNumber,
        PlanDetails details, RegulatoryPathway pathway, String regulatoryFacts, String regulatoryUncertainty,
        String conditionName, String evidenceLevel, String evidenceSummary, List<String> evidenceSources,
        String followUpLabel) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ConsentFacts {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(regulatoryFacts, "regulatoryFacts");
        Objects.requireNonNull(regulatoryUncertainty, "regulatoryUncertainty");
        evidenceSources = evidenceSources == null ? List.of() : List.copyOf(evidenceSources);
    }

    /** The value of every placeholder of {@link ConsentDocument#PLACEHOLDERS}. */
    Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        v.put("patientName", patientName);
        v.put("clinicName", clinicName);
        v.put("planId", String.valueOf(planId));
        v.put("versionNumber", String.valueOf(versionNumber));
        v.put("condition", conditionName == null ? "the condition named in your plan" : conditionName);
        v.put("productType", details.productType().label());
        v.put("cellSource", lowerFirst(details.cellSource().label()));
        v.put("processing", details.processingMethod() + (details.processingDevice() == null ? ""
                : ", with " + details.processingDevice()));
        v.put("sites", sites());
        v.put("imageGuidance", details.imageGuidance().label());
        v.put("dates", dates());
        v.put("rehabilitation", details.rehabilitationProtocol() == null ? "none planned"
                : details.rehabilitationProtocol());
        v.put("followUp", followUpLabel == null || followUpLabel.isBlank() ? details.followUpTemplateId()
                : followUpLabel);
        v.put("pathwayLabel", pathway.label());
        v.put("regulatoryFacts", regulatoryFacts);
        v.put("regulatoryUncertainty", regulatoryUncertainty);
        v.put("evidenceLevel", evidenceLevel == null ? "not recorded" : evidenceLevel);
        v.put("evidenceSummary", evidenceSummary == null ? "" : evidenceSummary);
        v.put("evidenceSources", evidenceSources.isEmpty() ? "none recorded" : String.join("; ", evidenceSources));
        v.put("cost", details.cost() == null
                ? "not yet stated by the clinic (consent cannot be signed until the plan states it)"
                : details.cost().describe());
        return v;
    }

    /**
     * The facts a classification was worked out from, as one plain sentence for the patient: whose cells, whether
     * taken and injected in the same procedure, how much the processing changes them and on whose word, the use
     * and whether anything is added. Only what the classification used is said.
     */
    static String regulatoryFacts(RegulatoryClassification c) {
        PathwayFacts f = c.facts();
        List<String> parts = new ArrayList<>();
        parts.add(switch (f.cellSource().donor()) {
            case AUTOLOGOUS -> "the product is made from your own " + sourceWords(f.cellSource());
            case ALLOGENEIC -> "the product comes from a donor (" + lowerFirst(f.cellSource().label()) + ")";
            case NOT_RECORDED -> "the clinic has not recorded the product as made from your own cells";
        });
        if (c.manipulation() == null) {
            parts.add("it is " + lowerFirst(f.productType().label()) + ", which the rules place by its type alone");
            return String.join("; ", parts);
        }
        if (f.sameSurgicalProcedure()) {
            parts.add("it is taken and injected in the same procedure");
        }
        String whose = c.manipulationBasis() == null ? " (the clinic's statement)" : " (follows from the product type)";
        parts.add(c.manipulation() == Manipulation.MINIMAL
                ? "the processing does not change the cells' or tissue's relevant characteristics" + whose
                : "the processing changes the cells or tissue more than minimally" + whose);
        if (f.remainsSuchHctp() && c.profile().remainsSuchHctp() == null) {
            parts.add("the clinic states that it is only rinsed, cleaned, sized, shaped or spun down, not otherwise"
                    + " processed");
        }
        if (c.use() != null) {
            String use = c.use() == IntendedUse.HOMOLOGOUS
                    ? "it is used for the same basic function the tissue has in the body (homologous use)"
                    : "it is used for a different function from the one the tissue has in the body (non-homologous"
                    + " use)";
            String basis = c.useBasis() == null || f.use() != null ? " (the clinic's statement)"
                    : " (FDA's position for this product at these sites)";
            parts.add(use + basis);
        }
        if (f.combinedWithAnotherArticle()) {
            parts.add("it is combined with another substance");
        }
        return String.join("; ", parts);
    }

    /** What is uncertain about a classification, in plain words; never empty. */
    static String regulatoryUncertainty(RegulatoryClassification c) {
        StringBuilder out = new StringBuilder();
        for (Statement q : c.openQuestions()) {
            out.append("Uncertain: ").append(q.text()).append(' ');
        }
        out.append(c.unverified().isEmpty()
                ? "This is the clinic's reading of the facts above; FDA could see it differently."
                : "This is the clinic's reading of the facts above. It has not been reviewed by an independent"
                + " regulatory adviser, and FDA could see it differently.");
        return out.toString();
    }

    private static String sourceWords(CellSource source) {
        return switch (source) {
            case AUTOLOGOUS_BONE_MARROW -> "bone marrow";
            case AUTOLOGOUS_ADIPOSE -> "fat (adipose) tissue";
            case AUTOLOGOUS_PERIPHERAL_BLOOD -> "blood";
            default -> lowerFirst(source.label());
        };
    }

    /** "Autologous bone marrow" reads "autologous bone marrow" mid-sentence; no source label starts with a name. */
    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private String sites() {
        NumberFormat cells = NumberFormat.getIntegerInstance(Locale.US);
        return details.sites().stream().map(s -> s.site().describe() + ", " + s.plannedVolumeMl().toPlainString()
                        + " mL" + (s.plannedCells() == null ? "" : ", " + cells.format(s.plannedCells()) + " cells"))
                .collect(Collectors.joining("; "));
    }

    private String dates() {
        LocalDate harvest = details.plannedHarvestDate();
        String injection = "injection " + details.plannedProcedureDate().format(DAY);
        return harvest == null ? injection : "harvest " + harvest.format(DAY) + ", " + injection;
    }
}
