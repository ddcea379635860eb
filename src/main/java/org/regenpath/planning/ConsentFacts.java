package org.regenpath.planning;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
 * @param conditionName the condition treated, e.g. "Knee osteoarthritis"
 * @param evidenceLevel the catalog's evidence level in GRADE words, e.g. "Low", or {@code null} when unknown
 * @param evidenceSummary the catalog's summary of the evidence, or {@code null}
 * @param evidenceSources the catalog's sources
 */
public record ConsentFacts(String clinicName, String patientName, long planId, int versionNumber,
        PlanDetails details, RegulatoryPathway pathway, String conditionName, String evidenceLevel,
        String evidenceSummary, List<String> evidenceSources) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ConsentFacts {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(pathway, "pathway");
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
        v.put("followUp", details.followUpTemplateId());
        v.put("pathwayLabel", pathway.label());
        v.put("evidenceLevel", evidenceLevel == null ? "not recorded" : evidenceLevel);
        v.put("evidenceSummary", evidenceSummary == null ? "" : evidenceSummary);
        v.put("evidenceSources", evidenceSources.isEmpty() ? "none recorded" : String.join("; ", evidenceSources));
        v.put("cost", details.cost() == null
                ? "not yet stated by the clinic (consent cannot be signed until the plan states it)"
                : details.cost().describe());
        return v;
    }

    /** "Autologous bone marrow" reads "autologous bone marrow" mid-sentence; no source label starts with a name. */
    private static String lowerFirst(String s) {
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
