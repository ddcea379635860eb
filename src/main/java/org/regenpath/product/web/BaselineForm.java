package org.regenpath.product.web;

/**
 * The bedside screen's question when the baseline questionnaires are not completed: why not, from the list, and a
 * note. Bound from the same request as {@link BedsideForm}.
 */
public class BaselineForm {

    private String baselineReason = "";
    private String baselineNote = "";

    public String getBaselineReason() {
        return baselineReason;
    }

    public void setBaselineReason(String baselineReason) {
        this.baselineReason = baselineReason;
    }

    public String getBaselineNote() {
        return baselineNote;
    }

    public void setBaselineNote(String baselineNote) {
        this.baselineNote = baselineNote;
    }

    boolean given() {
        return baselineReason != null && !baselineReason.isBlank();
    }
}
