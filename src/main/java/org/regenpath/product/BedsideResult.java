package org.regenpath.product;

import java.util.List;
import java.util.Optional;
import org.regenpath.shared.PatientId;

/**
 * The outcome of a bedside check: every rule that could be evaluated, passed or stopped, in screen order. The
 * injection may go ahead only when {@link #passed()}; every result, passed or stopped, is for the record (issue
 * #4: "every attempt, passed or stopped, is recorded").
 *
 * @param patient the patient the wristband identified, or {@code null} if it did not scan
 * @param product the product the label identified, or {@code null} if it did not scan
 * @param findings the rules evaluated
 */
public record BedsideResult(PatientId patient, ProductIdentifier product, List<BedsideFinding> findings) {

    public BedsideResult {
        findings = List.copyOf(findings);
    }

    /** True when every rule passed, all of them were evaluated, and the injection may go ahead. */
    public boolean passed() {
        return findings.size() == BedsideRule.values().length && findings.stream().allMatch(BedsideFinding::passed);
    }

    public List<BedsideFinding> stops() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    public Optional<BedsideFinding> finding(BedsideRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).findFirst();
    }
}
