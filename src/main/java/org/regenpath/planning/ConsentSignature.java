package org.regenpath.planning;

import java.time.Instant;
import java.util.Objects;
import org.regenpath.shared.UserId;

/**
 * One signature on a consent, with what 21 CFR 11.50 asks every signed record to show: the signer's printed name,
 * the date and time of signing (stored in UTC, shown in the clinic's zone), and the meaning. It carries the
 * SHA-256 of what it signed (11.70), so it cannot be moved to another document or plan version unnoticed.
 *
 * @param role patient or clinician
 * @param printedName the signer's name: the patient's as registered, the clinician's as their account shows it
 * @param typedName what the patient typed, for a {@link SignatureMethod#TYPED_NAME} signature; otherwise null
 * @param signerUserId the clinician's account, or {@code null} for a patient without an account
 * @param method how the signature was made
 * @param meaning what the signature means, as shown when it was made, e.g. "Consent given"
 * @param signedAt when, in UTC
 * @param contentSha256 the {@link RenderedConsent#sha256()} signed
 */
public record ConsentSignature(SignerRole role, String printedName, String typedName, UserId signerUserId,
        SignatureMethod method, String meaning, Instant signedAt, String contentSha256) {

    public ConsentSignature {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(contentSha256, "contentSha256");
    }
}
