package org.regenpath.product.web;

import java.math.BigDecimal;
import org.regenpath.product.AdministrationInput;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.Laterality;

/** The bedside screen's form: what the scanner typed, the site, the second person and the volume. */
public class BedsideForm {

    private long version;
    private String wristband = "";
    private String productLabel = "";
    private String siteRegion = "";
    private String siteLaterality = "";
    private String verifierEmail = "";
    private String verifierPassword = "";
    private String location = "";
    private String volumeMl = "";
    private String notes = "";

    AdministrationInput toInput() {
        Laterality side;
        try {
            side = siteLaterality == null || siteLaterality.isBlank() ? null : Laterality.valueOf(siteLaterality);
        } catch (IllegalArgumentException e) {
            side = null;
        }
        BigDecimal volume;
        try {
            volume = volumeMl == null || volumeMl.isBlank() ? null : new BigDecimal(volumeMl.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("volumeMl", "Not a number");
        }
        return new AdministrationInput(version, wristband, productLabel, siteRegion, side, verifierEmail,
                verifierPassword, location, volume, notes);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getWristband() {
        return wristband;
    }

    public void setWristband(String wristband) {
        this.wristband = wristband;
    }

    public String getProductLabel() {
        return productLabel;
    }

    public void setProductLabel(String productLabel) {
        this.productLabel = productLabel;
    }

    public String getSiteRegion() {
        return siteRegion;
    }

    public void setSiteRegion(String siteRegion) {
        this.siteRegion = siteRegion;
    }

    public String getSiteLaterality() {
        return siteLaterality;
    }

    public void setSiteLaterality(String siteLaterality) {
        this.siteLaterality = siteLaterality;
    }

    public String getVerifierEmail() {
        return verifierEmail;
    }

    public void setVerifierEmail(String verifierEmail) {
        this.verifierEmail = verifierEmail;
    }

    public String getVerifierPassword() {
        return verifierPassword;
    }

    public void setVerifierPassword(String verifierPassword) {
        this.verifierPassword = verifierPassword;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getVolumeMl() {
        return volumeMl;
    }

    public void setVolumeMl(String volumeMl) {
        this.volumeMl = volumeMl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
