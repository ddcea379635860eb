package org.regenpath.intake;

import java.util.List;

/** A clinical data file (catalog or rule set) breaks its own rules; the application refuses to start with it. */
class InvalidClinicalData extends RuntimeException {

    private final List<String> problems;

    InvalidClinicalData(String file, List<String> problems) {
        super(file + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
