package org.regenpath.intake;

/**
 * A clinician's candidacy decision as entered.
 *
 * @param outcome ELIGIBLE, TRIAL_ONLY (refer to a clinical trial) or NOT_ELIGIBLE; a decision resolves a
 *     NEEDS_REVIEW evaluation
 * @param reason required, at most 1000 characters, when the outcome differs from the evaluation (an override)
 * @param note optional, at most 1000 characters
 * @param evaluatedOutcome optional: the evaluation the clinician saw; when it no longer matches, the decision is
 *     refused so that nobody decides on a stale evaluation
 */
public record DecisionInput(Outcome outcome, String reason, String note, Outcome evaluatedOutcome) {}
