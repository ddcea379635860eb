package org.regenpath.product.web;

import java.math.BigDecimal;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.Measurements;
import org.regenpath.shared.InvalidInput;

/** The custody step form on the product page; numbers arrive as text and are checked here. */
public class CustodyForm {

    private String action = "";
    private long version;
    private String location = "";
    private String device = "";
    private String kitLot = "";
    private String volumeMl = "";
    private String totalNucleatedCells = "";
    private String viabilityPercent = "";
    private String cd34PositiveCells = "";
    private String notes = "";
    private String happenedAt = "";

    CustodyInput toInput(java.time.ZoneId zone) {
        CustodyAction a;
        try {
            a = action == null || action.isBlank() ? null : CustodyAction.valueOf(action.strip());
        } catch (IllegalArgumentException e) {
            a = null;
        }
        Measurements m = new Measurements(decimal("volumeMl", volumeMl), whole("totalNucleatedCells",
                totalNucleatedCells), decimal("viabilityPercent", viabilityPercent), whole("cd34PositiveCells",
                cd34PositiveCells), null);
        return new CustodyInput(a, version, location, device, kitLot, m.isEmpty() ? null : m, notes,
                LabFields.whenItHappened(happenedAt, zone));
    }

    private static BigDecimal decimal(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "Not a number: write digits with a decimal point, e.g. 60 or 7.5");
        }
    }

    /** A count as people write it: digits with or without thousands separators, or in e notation (1.2e9). */
    static Long whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", "").replace(" ", "").replace("\u202f", ""));
            if (value.signum() < 0) {
                throw InvalidInput.of(field, "Must not be negative; a count such as 1200000000 or 1.2e9");
            }
            return value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInput.of(field, "Not a whole number: write a count such as 1200000000, 1,200,000,000"
                    + " or 1.2e9");
        }
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public String getKitLot() {
        return kitLot;
    }

    public void setKitLot(String kitLot) {
        this.kitLot = kitLot;
    }

    public String getVolumeMl() {
        return volumeMl;
    }

    public void setVolumeMl(String volumeMl) {
        this.volumeMl = volumeMl;
    }

    public String getTotalNucleatedCells() {
        return totalNucleatedCells;
    }

    public void setTotalNucleatedCells(String totalNucleatedCells) {
        this.totalNucleatedCells = totalNucleatedCells;
    }

    public String getViabilityPercent() {
        return viabilityPercent;
    }

    public void setViabilityPercent(String viabilityPercent) {
        this.viabilityPercent = viabilityPercent;
    }

    public String getCd34PositiveCells() {
        return cd34PositiveCells;
    }

    public void setCd34PositiveCells(String cd34PositiveCells) {
        this.cd34PositiveCells = cd34PositiveCells;
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
