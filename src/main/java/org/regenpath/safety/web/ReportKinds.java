package org.regenpath.safety.web;

import org.regenpath.safety.ReportingClockRule;
import org.regenpath.shared.InvalidInput;

/** Reads a report's kind as the page form and the JSON API name it, refusing any other value on {@code kind}. */
final class ReportKinds {

    private ReportKinds() {}

    static ReportingClockRule.Kind parse(String kind) {
        for (ReportingClockRule.Kind k : ReportingClockRule.Kind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw InvalidInput.of("kind", "Choose one of the event's reports: IND_SAFETY_REPORT,"
                + " IND_FATAL_OR_LIFE_THREATENING or HCTP_ADVERSE_REACTION");
    }
}
