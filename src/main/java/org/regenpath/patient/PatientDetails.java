package org.regenpath.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The demographics a clinic records. Optional fields may be null or blank. The MRN may be left blank on
 * registration, and the registry assigns the next free one.
 */
public record PatientDetails(
        @Size(max = 32, message = "At most 32 characters")
                @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9-]*$", message = "Use letters, digits and hyphens")
                String mrn,
        @NotBlank(message = "Enter the given name")
                @Size(max = 100, message = "At most 100 characters")
                @Pattern(regexp = PatientDetails.NAME, message = "Use letters, spaces, hyphens and apostrophes")
                String givenName,
        @NotBlank(message = "Enter the family name")
                @Size(max = 100, message = "At most 100 characters")
                @Pattern(regexp = PatientDetails.NAME, message = "Use letters, spaces, hyphens and apostrophes")
                String familyName,
        @NotNull(message = "Enter the date of birth") @PastOrPresent(message = "Cannot be in the future")
                LocalDate dateOfBirth,
        @NotNull(message = "Choose the sex at birth") SexAtBirth sexAtBirth,
        @Email(message = "Enter a valid e-mail address") @Size(max = 254, message = "At most 254 characters")
                String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ()-]{7,25}$", message = "Use digits, spaces, +, - and brackets (7 to 25)")
                String phone,
        @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$", message = "Enter a valid postal code")
                String postalCode) {

    /** Letters of any script, combining marks, spaces, hyphens, apostrophes and full stops. */
    static final String NAME = "^$|^[\\p{L}][\\p{L}\\p{M} .'’-]*$";
}
