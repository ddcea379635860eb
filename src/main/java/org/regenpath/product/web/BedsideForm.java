package org.regenpath.product.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private String happenedAt = "";

    /**
     * The input for the bedside check. A side not chosen (or not one of the list) and a volume that is not a
     * number are refused here, together, before any attempt is made: they are slips in filling the form, not
     * findings of the check. The side has no default, so that nobody injects the left knee by not choosing.
     */
    AdministrationInput toInput(java.time.ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        Laterality side = null;
        try {
            side = siteLaterality == null || siteLaterality.isBlank() ? null : Laterality.valueOf(siteLaterality);
        } catch (IllegalArgumentException e) {
            side = null;
        }
        if (side == null) {
            errors.put("siteLaterality", "Choose the side: left, right or midline");
        }
        BigDecimal volume = null;
        try {
            volume = volumeMl == null || volumeMl.isBlank() ? null : new BigDecimal(volumeMl.strip());
        } catch (NumberFormatException e) {
            errors.put("volumeMl", "Not a number");
        }
        Instant happened = null;
        try {
            happened = LabFields.whenItHappened(happenedAt, zone);
        } catch (InvalidInput e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new AdministrationInput(version, wristband, productLabel, siteRegion, side, verifierEmail,
                verifierPassword, location, volume, notes, happened);
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

    public String getHappenedAt() {
        return happenedAt;
    }

    public void setHappenedAt(String happenedAt) {
        this.happenedAt = happenedAt;
    }
}
