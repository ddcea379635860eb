package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demographic field rules, without Spring. */
class PatientDetailsTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static PatientDetails valid() {
        return new PatientDetails("RP-1", "Margaret", "Ellison", LocalDate.of(1958, 3, 14), SexAtBirth.F,
                "m.ellison@example.org", "+1 (555) 010-0100", "10025");
    }

    private static Set<String> invalidFields(PatientDetails d) {
        return VALIDATOR.validate(d).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsCompleteDetailsAndBlankOptionalFields() {
        assertThat(invalidFields(valid())).isEmpty();
        assertThat(invalidFields(new PatientDetails("", "Ann", "Lee", LocalDate.of(1990, 1, 1), SexAtBirth.UNK,
                "", "", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"José", "Zoë", "O'Brien", "Anne-Marie", "Nguyễn", "Łukasz", "St. John"})
    void acceptsNamesFromManyLanguages(String name) {
        assertThat(invalidFields(new PatientDetails(null, name, name, LocalDate.of(1990, 1, 1), SexAtBirth.F,
                null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "<script>", "Ann1", "-Ann", "Robert'); DROP TABLE patient;--"})
    void rejectsNamesThatAreNotNames(String name) {
        assertThat(invalidFields(new PatientDetails(null, name, "Lee", LocalDate.of(1990, 1, 1), SexAtBirth.F,
                null, null, null))).containsExactly("givenName");
    }

    @Test
    void namesMayHaveAtMostOneHundredCharacters() {
        String hundred = "A".repeat(100);
        assertThat(invalidFields(new PatientDetails(null, hundred, hundred, LocalDate.of(1990, 1, 1),
                SexAtBirth.F, null, null, null))).isEmpty();
        assertThat(invalidFields(new PatientDetails(null, hundred + "A", hundred, LocalDate.of(1990, 1, 1),
                SexAtBirth.F, null, null, null))).containsExactly("givenName");
    }

    @Test
    void birthDateMayBeTodayButNotTomorrow() {
        assertThat(invalidFields(new PatientDetails(null, "Ann", "Lee", LocalDate.now(), SexAtBirth.F, null,
                null, null))).isEmpty();
        assertThat(invalidFields(new PatientDetails(null, "Ann", "Lee", LocalDate.now().plusDays(1),
                SexAtBirth.F, null, null, null))).containsExactly("dateOfBirth");
    }

    @Test
    void rejectsMalformedContactDetailsAndMrn() {
        assertThat(invalidFields(new PatientDetails("RP 1", "Ann", "Lee", LocalDate.of(1990, 1, 1), SexAtBirth.F,
                "ann@", "call me", "!!!"))).containsExactlyInAnyOrder("mrn", "email", "phone", "postalCode");
    }

    @Test
    void requiresNamesBirthDateAndSexAtBirth() {
        assertThat(invalidFields(new PatientDetails(null, null, "", null, null, null, null, null)))
                .containsExactlyInAnyOrder("givenName", "familyName", "dateOfBirth", "sexAtBirth");
    }
}
