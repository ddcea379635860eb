package org.regenpath.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.regenpath.shared.StaffMember;

/**
 * A consent to one plan version: the document text exactly as the patient read it, the hashes that link it to
 * that text and the version's content (21 CFR 11.70), its signatures and, if the patient withdrew it, the
 * withdrawal. Stored append-only: nothing here is ever changed, a withdrawal is a row of its own.
 *
 * @param id the consent
 * @param planId the plan
 * @param versionNumber the plan version consented to
 * @param documentId the consent document's id
 * @param documentVersion the consent document's version
 * @param documentText the rendered text signed; {@code null} where it was read only to tell whether the consent
 *     stands
 * @param planSha256 SHA-256 of the plan version's content at signing
 * @param contentSha256 SHA-256 of the text and the content: what the signatures sign
 * @param signatures the signatures, patient first
 * @param withdrawal the withdrawal, or {@code null}
 * @param recordedBy who recorded the consent
 * @param recordedAt when
 */
public record PlanConsent(long id, long planId, int versionNumber, String documentId, String documentVersion,
        String documentText, String planSha256, String contentSha256, List<ConsentSignature> signatures,
        ConsentWithdrawal withdrawal, StaffMember recordedBy, Instant recordedAt) {

    public PlanConsent {
        signatures = List.copyOf(signatures);
    }

    public Optional<ConsentSignature> signature(SignerRole role) {
        return signatures.stream().filter(s -> s.role() == role).findFirst();
    }

    /** Signed by the patient and countersigned by a clinician, every signature on this consent's content. */
    public boolean complete() {
        return signature(SignerRole.PATIENT).isPresent() && signature(SignerRole.CLINICIAN).isPresent()
                && signatures.stream().allMatch(s -> s.contentSha256().equals(contentSha256));
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }
}
