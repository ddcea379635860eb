package org.regenpath.planning.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.planning.ConsentCheck;
import org.regenpath.planning.ConsentSignature;
import org.regenpath.planning.ConsentStatus;
import org.regenpath.planning.ConsentView;
import org.regenpath.planning.ConsentWithdrawal;
import org.regenpath.planning.PlanConsent;
import org.regenpath.planning.PlanStatus;
import org.regenpath.planning.RenderedConsent;
import org.regenpath.planning.SignatureMethod;
import org.regenpath.planning.SignerRole;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

/**
 * The consent to one plan version as the JSON API sends it (decision 0038): its own type, so the module may change
 * {@link ConsentView} and the records within it without changing what clients read. Field names, order and values
 * are those clients have always read; every schema keeps its published name.
 */
@Schema(name = "ConsentView")
record ConsentResponse(long planId, int versionNumber, PlanStatus versionStatus, Document document, Check check,
        List<Consent> consents) {

    /** The document rendered for the version, with the hash a signature signs. */
    @Schema(name = "RenderedConsent")
    record Document(String documentId, String documentVersion, LocalDate effectiveDate, String title,
            List<Section> sections, String text, String planSha256, String sha256) {

        static Document of(RenderedConsent d) {
            return d == null ? null : new Document(d.documentId(), d.documentVersion(), d.effectiveDate(), d.title(),
                    d.sections().stream().map(Section::of).toList(), d.text(), d.planSha256(), d.sha256());
        }
    }

    /** A rendered section of the document. */
    @Schema(name = "Section")
    record Section(String id, String heading, List<String> paragraphs, CitationResponse citation) {

        static Section of(RenderedConsent.Section s) {
            return new Section(s.id(), s.heading(), s.paragraphs(), CitationResponse.of(s.citation()));
        }
    }

    /** Whether the version has a valid consent. */
    @Schema(name = "ConsentCheck")
    record Check(int versionNumber, ConsentStatus status, String message, Long consentId) {

        static Check of(ConsentCheck c) {
            return c == null ? null : new Check(c.versionNumber(), c.status(), c.message(), c.consentId());
        }
    }

    /** One consent to the version with its signatures and any withdrawal. */
    @Schema(name = "PlanConsent")
    record Consent(long id, long planId, int versionNumber, String documentId, String documentVersion,
            String documentText, String planSha256, String contentSha256, List<Signature> signatures,
            Withdrawal withdrawal, StaffMember recordedBy, Instant recordedAt) {

        static Consent of(PlanConsent c) {
            return new Consent(c.id(), c.planId(), c.versionNumber(), c.documentId(), c.documentVersion(),
                    c.documentText(), c.planSha256(), c.contentSha256(),
                    c.signatures().stream().map(Signature::of).toList(), Withdrawal.of(c.withdrawal()),
                    c.recordedBy(), c.recordedAt());
        }
    }

    /** One signature on a consent. */
    @Schema(name = "ConsentSignature")
    record Signature(SignerRole role, String printedName, String typedName, UserId signerUserId,
            SignatureMethod method, String meaning, Instant signedAt, String contentSha256) {

        static Signature of(ConsentSignature s) {
            return new Signature(s.role(), s.printedName(), s.typedName(), s.signerUserId(), s.method(), s.meaning(),
                    s.signedAt(), s.contentSha256());
        }
    }

    /** The patient's withdrawal of a consent. */
    @Schema(name = "ConsentWithdrawal")
    record Withdrawal(String reason, StaffMember recordedBy, Instant withdrawnAt) {

        static Withdrawal of(ConsentWithdrawal w) {
            return w == null ? null : new Withdrawal(w.reason(), w.recordedBy(), w.withdrawnAt());
        }
    }

    static ConsentResponse of(ConsentView v) {
        return new ConsentResponse(v.planId(), v.versionNumber(), v.versionStatus(), Document.of(v.document()),
                Check.of(v.check()), v.consents().stream().map(Consent::of).toList());
    }
}
