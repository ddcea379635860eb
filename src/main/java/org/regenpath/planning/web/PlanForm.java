package org.regenpath.planning.web;

import static org.regenpath.planning.web.FormText.blank;
import static org.regenpath.planning.web.FormText.count;
import static org.regenpath.planning.web.FormText.date;
import static org.regenpath.planning.web.FormText.decimal;
import static org.regenpath.planning.web.FormText.enumValue;
import static org.regenpath.planning.web.FormText.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.planning.IntendedUse;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PathwayFacts;
import org.regenpath.planning.PlanCost;
import org.regenpath.planning.PlanDetails;
import org.regenpath.planning.PlanInput;
import org.regenpath.planning.PlannedSite;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.Laterality;
import org.regenpath.shared.ProductType;

/**
 * The plan editor's form, kept as the text the user typed so that a form with errors shows it again: one row per
 * injection site (with its side and dose), the regulatory answers, and the rest of the plan. Rows are added and
 * removed by submitting the form ("Add site", "Remove"), which works without JavaScript; blank rows are ignored.
 */
public class PlanForm {

    /** The most site rows the editor offers. */
    static final int MAX_ROWS = 12;

    private static final String SYSTEMIC = "pathway.systemicOrLivingCellFunction";

    private static final Pattern SITE_FIELD = Pattern.compile("^sites\\[(\\d+)](.*)$");

    private String targetConditionId = "";
    private List<SiteRow> sites = new ArrayList<>();
    private String cellSource = "";
    private String productType = "";
    private String manipulation = "";
    private String use = "";
    private String homologousUseJustification = "";
    private boolean sameSurgicalProcedure;
    private boolean remainsSuchHctp;
    private boolean combinedWithAnotherArticle;
    private String systemicOrLivingCellFunction = "";
    private boolean bloodRelativeDonor;
    private String processingMethod = "";
    private String processingDevice = "";
    private String imageGuidance = "";
    private String rehabilitationProtocol = "";
    private String followUpTemplateId = "";
    private String plannedHarvestDate = "";
    private String plannedProcedureDate = "";
    private String costAmount = "";
    private String costCurrency = "USD";
    private String costCovers = "";
    private String version = "0";

    /** The parsed input, the parse problems by field, and which form row each site came from. */
    record Parsed(PlanInput input, Map<String, String> errors, List<Integer> rows) {

        /** The service's errors named by form row, with the parse messages (more precise) on top. */
        Map<String, String> merge(Map<String, String> serviceErrors) {
            Map<String, String> merged = new LinkedHashMap<>();
            serviceErrors.forEach((field, message) -> merged.put(toRow(field), message));
            merged.putAll(errors);
            return merged;
        }

        private String toRow(String field) {
            Matcher m = SITE_FIELD.matcher(field);
            if (!m.matches()) {
                return field;
            }
            int index = Integer.parseInt(m.group(1));
            return index < rows.size() ? "sites[" + rows.get(index) + "]" + m.group(2) : field;
        }
    }

    /**
     * A new plan's form: one blank site row and no clinical answer filled in. The systemic / living-cell question
     * (21 CFR 1271.10(a)(4)) is a yes/no choice the clinician must make: an unticked box would read as "no", the
     * answer that lets a product pass as a 361 HCT/P, and a ticked default would be an answer nobody gave.
     */
    static PlanForm empty() {
        PlanForm form = new PlanForm();
        form.sites.add(new SiteRow());
        return form;
    }

    static PlanForm of(PlanDetails d, long version) {
        PlanForm form = new PlanForm();
        form.targetConditionId = String.valueOf(d.targetConditionId());
        for (PlannedSite s : d.sites()) {
            SiteRow row = new SiteRow();
            row.setRegion(s.site().region());
            row.setLaterality(s.site().laterality().name());
            row.setVolumeMl(s.plannedVolumeMl().toPlainString());
            row.setCells(s.plannedCells() == null ? "" : String.valueOf(s.plannedCells()));
            form.sites.add(row);
        }
        PathwayFacts f = d.pathway();
        form.cellSource = f.cellSource().name();
        form.productType = f.productType().name();
        form.manipulation = f.manipulation() == null ? "" : f.manipulation().name();
        form.use = f.use() == null ? "" : f.use().name();
        form.homologousUseJustification = text(f.homologousUseJustification());
        form.sameSurgicalProcedure = f.sameSurgicalProcedure();
        form.remainsSuchHctp = f.remainsSuchHctp();
        form.combinedWithAnotherArticle = f.combinedWithAnotherArticle();
        form.systemicOrLivingCellFunction = String.valueOf(f.systemicOrLivingCellFunction());
        form.bloodRelativeDonor = f.bloodRelativeDonor();
        form.processingMethod = text(d.processingMethod());
        form.processingDevice = text(d.processingDevice());
        form.imageGuidance = d.imageGuidance().name();
        form.rehabilitationProtocol = text(d.rehabilitationProtocol());
        form.followUpTemplateId = text(d.followUpTemplateId());
        form.plannedHarvestDate = d.plannedHarvestDate() == null ? "" : d.plannedHarvestDate().toString();
        form.plannedProcedureDate = d.plannedProcedureDate() == null ? "" : d.plannedProcedureDate().toString();
        PlanCost cost = d.cost();
        if (cost != null) {
            form.costAmount = cost.amount().toPlainString();
            form.costCurrency = cost.currency();
            form.costCovers = text(cost.covers());
        }
        form.version = String.valueOf(version);
        return form;
    }

    /** Adds a blank site row, up to {@link #MAX_ROWS}. */
    void addSite() {
        if (sites.size() < MAX_ROWS) {
            sites.add(new SiteRow());
        }
    }

    /** Removes a site row; the editor always keeps one. */
    void removeSite(int index) {
        if (index >= 0 && index < sites.size()) {
            sites.remove(index);
        }
        if (sites.isEmpty()) {
            sites.add(new SiteRow());
        }
    }

    boolean mayAddSite() {
        return sites.size() < MAX_ROWS;
    }

    /** The regulatory answers, for the live classification; an answer that does not parse counts as missing. */
    PlanInput.PathwayInput pathway() {
        Map<String, String> ignored = new LinkedHashMap<>();
        return pathway(ignored);
    }

    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PlanInput.SiteInput> parsed = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            SiteRow row = sites.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "sites[" + i + "].";
            parsed.add(new PlanInput.SiteInput(row.getRegion(),
                    enumValue(Laterality.class, row.getLaterality(), at + "laterality", "Choose the side",
                            errors),
                    decimal(row.getVolumeMl(), at + "plannedVolumeMl", errors),
                    count(row.getCells(), at + "plannedCells", errors)));
            rows.add(i);
        }
        if (yesNo(systemicOrLivingCellFunction) == null) {
            errors.put(SYSTEMIC, PlanInput.SYSTEMIC_UNANSWERED);
        }
        Long condition = count(targetConditionId, "targetConditionId", errors);
        BigDecimal amount = decimal(costAmount, "cost.amount", errors);
        String currency = blank(costAmount) && blank(costCovers) ? null : costCurrency;
        PlanInput input = new PlanInput(condition, parsed, pathway(errors), processingMethod, processingDevice,
                enumValue(ImageGuidance.class, imageGuidance, "imageGuidance", "Choose the image guidance", errors),
                rehabilitationProtocol, followUpTemplateId, date(plannedHarvestDate, "plannedHarvestDate", errors),
                date(plannedProcedureDate, "plannedProcedureDate", errors),
                new PlanInput.CostInput(amount, currency, costCovers));
        return new Parsed(input, errors, rows);
    }

    long versionNumber() {
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private PlanInput.PathwayInput pathway(Map<String, String> errors) {
        return new PlanInput.PathwayInput(
                enumValue(CellSource.class, cellSource, "pathway.cellSource", "Choose the cell source", errors),
                enumValue(ProductType.class, productType, "pathway.productType", "Choose the product type",
                        errors),
                enumValue(Manipulation.class, manipulation, "pathway.manipulation", "Choose the manipulation",
                        errors),
                enumValue(IntendedUse.class, use, "pathway.use", "Choose the use", errors),
                sameSurgicalProcedure, remainsSuchHctp, combinedWithAnotherArticle, yesNo(systemicOrLivingCellFunction),
                bloodRelativeDonor, homologousUseJustification,
                sites.stream().filter(r -> r != null && !FormText.blank(r.getRegion())).map(SiteRow::getRegion)
                        .toList());
    }

    /** A yes/no radio's value; not answered (or not "true"/"false") is missing. */
    private static Boolean yesNo(String text) {
        if (blank(text)) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    public String getHomologousUseJustification() {
        return homologousUseJustification;
    }

    public void setHomologousUseJustification(String homologousUseJustification) {
        this.homologousUseJustification = homologousUseJustification;
    }

    public String getTargetConditionId() {
        return targetConditionId;
    }

    public void setTargetConditionId(String targetConditionId) {
        this.targetConditionId = targetConditionId;
    }

    public List<SiteRow> getSites() {
        return sites;
    }

    public void setSites(List<SiteRow> sites) {
        this.sites = sites;
    }

    public String getCellSource() {
        return cellSource;
    }

    public void setCellSource(String cellSource) {
        this.cellSource = cellSource;
    }

    public String getProductType() {
        return productType;
    }

    public void setProductType(String productType) {
        this.productType = productType;
    }

    public String getManipulation() {
        return manipulation;
    }

    public void setManipulation(String manipulation) {
        this.manipulation = manipulation;
    }

    public String getUse() {
        return use;
    }

    public void setUse(String use) {
        this.use = use;
    }

    public boolean isSameSurgicalProcedure() {
        return sameSurgicalProcedure;
    }

    public void setSameSurgicalProcedure(boolean sameSurgicalProcedure) {
        this.sameSurgicalProcedure = sameSurgicalProcedure;
    }

    public boolean isRemainsSuchHctp() {
        return remainsSuchHctp;
    }

    public void setRemainsSuchHctp(boolean remainsSuchHctp) {
        this.remainsSuchHctp = remainsSuchHctp;
    }

    public boolean isCombinedWithAnotherArticle() {
        return combinedWithAnotherArticle;
    }

    public void setCombinedWithAnotherArticle(boolean combinedWithAnotherArticle) {
        this.combinedWithAnotherArticle = combinedWithAnotherArticle;
    }

    public String getSystemicOrLivingCellFunction() {
        return systemicOrLivingCellFunction;
    }

    public void setSystemicOrLivingCellFunction(String systemicOrLivingCellFunction) {
        this.systemicOrLivingCellFunction = systemicOrLivingCellFunction;
    }

    public boolean isBloodRelativeDonor() {
        return bloodRelativeDonor;
    }

    public void setBloodRelativeDonor(boolean bloodRelativeDonor) {
        this.bloodRelativeDonor = bloodRelativeDonor;
    }

    public String getProcessingMethod() {
        return processingMethod;
    }

    public void setProcessingMethod(String processingMethod) {
        this.processingMethod = processingMethod;
    }

    public String getProcessingDevice() {
        return processingDevice;
    }

    public void setProcessingDevice(String processingDevice) {
        this.processingDevice = processingDevice;
    }

    public String getImageGuidance() {
        return imageGuidance;
    }

    public void setImageGuidance(String imageGuidance) {
        this.imageGuidance = imageGuidance;
    }

    public String getRehabilitationProtocol() {
        return rehabilitationProtocol;
    }

    public void setRehabilitationProtocol(String rehabilitationProtocol) {
        this.rehabilitationProtocol = rehabilitationProtocol;
    }

    public String getFollowUpTemplateId() {
        return followUpTemplateId;
    }

    public void setFollowUpTemplateId(String followUpTemplateId) {
        this.followUpTemplateId = followUpTemplateId;
    }

    public String getPlannedHarvestDate() {
        return plannedHarvestDate;
    }

    public void setPlannedHarvestDate(String plannedHarvestDate) {
        this.plannedHarvestDate = plannedHarvestDate;
    }

    public String getPlannedProcedureDate() {
        return plannedProcedureDate;
    }

    public void setPlannedProcedureDate(String plannedProcedureDate) {
        this.plannedProcedureDate = plannedProcedureDate;
    }

    public String getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(String costAmount) {
        this.costAmount = costAmount;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    public void setCostCurrency(String costCurrency) {
        this.costCurrency = costCurrency;
    }

    public String getCostCovers() {
        return costCovers;
    }

    public void setCostCovers(String costCovers) {
        this.costCovers = costCovers;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
