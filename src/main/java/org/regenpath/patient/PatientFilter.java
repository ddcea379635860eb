package org.regenpath.patient;

import java.time.LocalDate;

/**
 * Which patients a list shows: name words and MRN prefix ({@code text}), and the date of birth; either may be
 * {@code null}.
 */
record PatientFilter(String text, LocalDate born) {

    static PatientFilter text(String text) {
        return new PatientFilter(text, null);
    }

    String[] words() {
        return text == null || text.isBlank() ? new String[0] : text.trim().toLowerCase().split("\\s+");
    }
}
