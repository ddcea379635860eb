package org.regenpath.planning.web;

/** One injection site row of the plan editor, as typed. */
public class SiteRow {

    private String region = "";
    private String laterality = "";
    private String volumeMl = "";
    private String cells = "";

    boolean isBlank() {
        return FormText.blank(region) && FormText.blank(volumeMl) && FormText.blank(cells);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLaterality() {
        return laterality;
    }

    public void setLaterality(String laterality) {
        this.laterality = laterality;
    }

    public String getVolumeMl() {
        return volumeMl;
    }

    public void setVolumeMl(String volumeMl) {
        this.volumeMl = volumeMl;
    }

    public String getCells() {
        return cells;
    }

    public void setCells(String cells) {
        this.cells = cells;
    }
}
