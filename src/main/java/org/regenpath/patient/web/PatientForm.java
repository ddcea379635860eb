package org.regenpath.patient.web;

import java.time.LocalDate;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientView;
import org.regenpath.patient.SexAtBirth;
import org.springframework.format.annotation.DateTimeFormat;

/** The patient form's fields, bound by Spring MVC; the registry validates them. */
public class PatientForm {

    private String mrn;
    private String givenName;
    private String familyName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    private SexAtBirth sexAtBirth;
    private String email;
    private String phone;
    private String postalCode;
    private int version;

    static PatientForm of(PatientView p) {
        PatientForm f = new PatientForm();
        f.mrn = p.mrn();
        f.givenName = p.givenName();
        f.familyName = p.familyName();
        f.dateOfBirth = p.dateOfBirth();
        f.sexAtBirth = p.sexAtBirth();
        f.email = p.email();
        f.phone = p.phone();
        f.postalCode = p.postalCode();
        f.version = p.version();
        return f;
    }

    PatientDetails toDetails() {
        return new PatientDetails(mrn, givenName, familyName, dateOfBirth, sexAtBirth, email, phone, postalCode);
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public SexAtBirth getSexAtBirth() {
        return sexAtBirth;
    }

    public void setSexAtBirth(SexAtBirth sexAtBirth) {
        this.sexAtBirth = sexAtBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
