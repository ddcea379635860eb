package org.regenpath.intake;

import java.util.List;

/** A versioned candidacy rule set, e.g. version {@code 2026.11}. */
record RuleSet(String version, List<Rule> rules) {}
