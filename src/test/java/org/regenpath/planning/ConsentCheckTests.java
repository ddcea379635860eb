package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenpath.planning.PlanFixtures.DR_LINDQVIST;
import static org.regenpath.planning.PlanFixtures.DR_OKAFOR;
import static org.regenpath.planning.PlanFixtures.MONDAY;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.InvalidInput;

/**
 * When a plan version's consent counts: signed by the patient and countersigned, the newest for the version, not
 * withdrawn, and still matching the version as it reads now; and what the signing form must carry.
 */
class ConsentCheckTests {

    /** The clinic's zone: the messages say when the patient signed in the clinic's local time. */
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    static final PlanVersion DRAFT = TreatmentPlan.draft(PlanFixtures.PATIENT, PlanFixtures.marrowToLeftKnee(),
            DR_OKAFOR, MONDAY).latest();

    static RenderedConsent rendered(String planContent) {
        return ConsentDocumentTests.DOCUMENT.render(ConsentDocumentTests.facts(DRAFT.details()),
                planContent);
    }

    static PlanConsent consent(RenderedConsent r, List<SignerRole> signed, ConsentWithdrawal withdrawal) {
        List<ConsentSignature> signatures = new ArrayList<>();
        for (SignerRole role : signed) {
            signatures.add(new ConsentSignature(role, role == SignerRole.PATIENT ? "Testa Planning" : "Dr Ada Okafor",
                    role == SignerRole.PATIENT ? "testa planning" : null, null,
                    role == SignerRole.PATIENT ? SignatureMethod.TYPED_NAME : SignatureMethod.PASSWORD,
                    role.meaning(), MONDAY, r.sha256()));
        }
        return new PlanConsent(5, 12, 1, r.documentId(), r.documentVersion(), r.text(), r.planSha256(),
                r.sha256(), signatures, withdrawal, DR_OKAFOR, MONDAY);
    }

    @Test
    void aVersionWithoutConsentIsNotSigned() {
        ConsentCheck check = ConsentCheck.evaluate(DRAFT, List.of(), rendered("{}"), ZONE);
        assertThat(check.status()).isEqualTo(ConsentStatus.NOT_SIGNED);
        assertThat(check.message()).startsWith("Version 1 has no signed consent");
    }

    @Test
    void aSignedAndCountersignedConsentToTheVersionAsItReadsIsValid() {
        RenderedConsent r = rendered("{}");
        ConsentCheck check = ConsentCheck.evaluate(DRAFT, List.of(consent(r, List.of(SignerRole.PATIENT,
                SignerRole.CLINICIAN), null)), r, ZONE);
        assertThat(check.valid()).isTrue();
        assertThat(check.message()).isEqualTo("Signed by Testa Planning and countersigned by Dr Ada Okafor on"
                + " 23 Nov 2026, 04:00 EST.");
        assertThat(check.consentId()).isEqualTo(5);
    }

    @Test
    void aPatientSignatureAloneIsIncomplete() {
        RenderedConsent r = rendered("{}");
        ConsentCheck check = ConsentCheck.evaluate(DRAFT, List.of(consent(r, List.of(SignerRole.PATIENT), null)), r,
                ZONE);
        assertThat(check.status()).isEqualTo(ConsentStatus.INCOMPLETE);
        assertThat(check.message()).contains("the clinician's countersignature");
    }

    @Test
    void editingThePlanOrTheTextAfterSigningBreaksTheLink() {
        RenderedConsent signed = rendered("{\"v\":1}");
        PlanConsent c = consent(signed, List.of(SignerRole.PATIENT, SignerRole.CLINICIAN), null);
        ConsentCheck edited = ConsentCheck.evaluate(DRAFT, List.of(c), rendered("{\"v\":2}"), ZONE);
        assertThat(edited.status()).isEqualTo(ConsentStatus.CHANGED_SINCE_SIGNING);
        assertThat(edited.message()).startsWith("Version 1 was edited after the patient signed its consent");
        RenderedConsent newText = ConsentDocumentTests.DOCUMENT.render(new ConsentFacts("Demo Regenerative Pain"
                + " Clinic", "Testa Planning", 12, 1, DRAFT.details(), RegulatoryPathway.NOT_AN_HCTP,
                "the facts", "what is uncertain", "Knee osteoarthritis", "Very low", "Re-graded.", List.of(),
                null), "{\"v\":1}");
        ConsentCheck reworded = ConsentCheck.evaluate(DRAFT, List.of(c), newText, ZONE);
        assertThat(reworded.status()).isEqualTo(ConsentStatus.CHANGED_SINCE_SIGNING);
        assertThat(reworded.message()).startsWith("The consent text for version 1 changed");
        assertThat(ConsentCheck.evaluate(DRAFT, List.of(c), null, ZONE).valid()).isTrue();
    }

    @Test
    void aWithdrawnConsentNeverCountsButANewerOneDoes() {
        RenderedConsent r = rendered("{}");
        PlanConsent withdrawn = consent(r, List.of(SignerRole.PATIENT, SignerRole.CLINICIAN),
                new ConsentWithdrawal("Wants to wait", DR_LINDQVIST, MONDAY.plusSeconds(3600)));
        ConsentCheck check = ConsentCheck.evaluate(DRAFT, List.of(withdrawn), r, ZONE);
        assertThat(check.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(check.message())
                .contains("withdrew consent to version 1 on 23 Nov 2026, 05:00 EST (Wants to wait)");
        PlanConsent again = consent(r, List.of(SignerRole.PATIENT, SignerRole.CLINICIAN), null);
        assertThat(ConsentCheck.evaluate(DRAFT, List.of(withdrawn, again), r, ZONE).valid()).isTrue();
    }

    @Test
    void thePatientTypesTheirRegisteredNameInEitherOrderIgnoringCaseAndSpacing() {
        for (String typed : List.of("testa planning", "  TESTA   Planning ", "Planning, Testa", "planning testa")) {
            new ConsentSigning(typed, true, "Clinician@Demo-Clinic.example", "pw", "abc")
                    .check("Testa", "Planning", "clinician@demo-clinic.example");
        }
        assertThatThrownBy(() -> new ConsentSigning("Testa Plan", false, "other@demo-clinic.example", "", " ")
                .check("Testa", "Planning", "clinician@demo-clinic.example"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("patientTypedName", "patientAcknowledged",
                            "clinicianEmail", "clinicianPassword", "documentSha256");
                    assertThat(e.fieldErrors().get("clinicianEmail")).contains("your own e-mail");
                });
        assertThat(new ConsentSigning("a", true, "b", "secret", "c").toString()).doesNotContain("secret");
    }
}
