package org.regenpath.intake;

import java.util.List;

/** A versioned candidacy rule set, e.g. version {@code 2026.12}, with the clinic policy defaults it ships with. */
record RuleSet(String version, List<Rule> rules, ClinicPolicy defaultPolicy) {}
