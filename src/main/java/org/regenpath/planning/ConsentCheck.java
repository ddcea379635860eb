package org.regenpath.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.regenpath.shared.DateStyle;

/**
 * Whether a plan version has a valid consent, and if not, what is missing, in words a clinician can act on.
 * Approval of a version needs {@link ConsentStatus#VALID}: the newest consent to exactly that version, signed by
 * the patient and countersigned by a clinician, not withdrawn, and, for a draft, still matching what the version
 * says now (its hash equals the hash of the document rendered for the version today).
 *
 * @param versionNumber the plan version
 * @param status where its consent stands
 * @param message the status in a sentence, naming what is missing
 * @param consentId the newest consent to the version, or {@code null}
 */
public record ConsentCheck(int versionNumber, ConsentStatus status, String message, Long consentId) {

    public boolean valid() {
        return status == ConsentStatus.VALID;
    }

    /**
     * @param version the plan version
     * @param consents the consents to that version, oldest first
     * @param current the document as rendered for the version now; {@code null} for a version that is no longer
     *     a draft, whose content cannot change and whose consent was checked at approval
     * @param zone the patient's clinic's time zone, in which the message shows when the patient signed or withdrew
     */
    static ConsentCheck evaluate(PlanVersion version, List<PlanConsent> consents, RenderedConsent current,
            ZoneId zone) {
        return evaluate(version.number(), consents, current, zone);
    }

    /** {@link #evaluate(PlanVersion, List, RenderedConsent, ZoneId)} for the version with this number. */
    static ConsentCheck evaluate(int n, List<PlanConsent> consents, RenderedConsent current, ZoneId zone) {
        if (consents.isEmpty()) {
            return new ConsentCheck(n, ConsentStatus.NOT_SIGNED, "Version " + n + " has no signed consent: the"
                    + " patient signs the consent document for this version and the clinician who explained it"
                    + " countersigns.", null);
        }
        PlanConsent latest = consents.get(consents.size() - 1);
        if (latest.withdrawn()) {
            ConsentWithdrawal w = latest.withdrawal();
            return new ConsentCheck(n, ConsentStatus.WITHDRAWN, "The patient withdrew consent to version " + n
                    + " on " + format(w.withdrawnAt(), zone) + " (" + w.reason() + "). Do not proceed with this"
                    + " version; it needs a new consent.", latest.id());
        }
        if (!latest.complete()) {
            String missing = latest.signature(SignerRole.PATIENT).isEmpty() ? "the patient's signature"
                    : "the clinician's countersignature";
            return new ConsentCheck(n, ConsentStatus.INCOMPLETE, "The consent to version " + n + " lacks "
                    + missing + ".", latest.id());
        }
        String signed = format(latest.signature(SignerRole.PATIENT).orElseThrow().signedAt(), zone);
        if (current != null && !latest.contentSha256().equals(current.sha256())) {
            String why = latest.planSha256().equals(current.planSha256())
                    ? "the consent text for version " + n + " changed since the patient signed on " + signed
                            + " (consent document " + current.documentId() + " version " + current.documentVersion()
                            + ", the evidence or the patient's details were updated)"
                    : "version " + n + " was edited after the patient signed its consent on " + signed;
            return new ConsentCheck(n, ConsentStatus.CHANGED_SINCE_SIGNING, capitalise(why)
                    + ". The patient must read and sign the consent for the version as it now reads.", latest.id());
        }
        return new ConsentCheck(n, ConsentStatus.VALID, "Signed by " + latest.signature(SignerRole.PATIENT)
                .orElseThrow().printedName() + " and countersigned by " + latest.signature(SignerRole.CLINICIAN)
                .orElseThrow().printedName() + " on " + signed + ".", latest.id());
    }

    /** "23 Nov 2026, 09:00 EST": in the clinic's zone, with its abbreviation (decision 0023). */
    static String format(Instant at, ZoneId zone) {
        return DateStyle.time(at, zone);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
