package org.regenpath.planning;

import java.util.List;

/**
 * The consent to one plan version as the API and the consent page show it: the document rendered for the version
 * (with the hash to send back when signing), whether the version has a valid consent, and every consent recorded
 * for it with its signatures and any withdrawal, oldest first.
 *
 * @param planId the plan
 * @param versionNumber the plan version
 * @param versionStatus the version's status; consent is signed while it is a draft
 * @param document the document rendered for the version as it reads now
 * @param check whether the version has a valid consent
 * @param consents every consent to the version, oldest first
 */
public record ConsentView(long planId, int versionNumber, PlanStatus versionStatus, RenderedConsent document,
        ConsentCheck check, List<PlanConsent> consents) {

    public ConsentView {
        consents = List.copyOf(consents);
    }
}
