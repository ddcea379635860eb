package org.regenpath.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.Citation;
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
import tools.jackson.databind.json.JsonMapper;

/** The API's own consent type reads exactly as the module record did: document, check, consents, signatures. */
class ConsentResponseTests {

    private static final JsonMapper JSON = ClassificationResponseTests.JSON;
    private static final StaffMember DR = new StaffMember(UserId.of(7), "Dr Ada Okafor");
    private static final Instant SIGNED = Instant.parse("2026-11-23T09:00:00.250Z");

    static RenderedConsent document() {
        return new RenderedConsent("regen-consent", "3", LocalDate.of(2026, 11, 1), "Consent to treatment",
                List.of(new RenderedConsent.Section("risks", "Risks", List.of("Pain at the site.", "Infection."),
                        new Citation("FDA consumer alert", "Risks", "https://www.fda.gov/", false))),
                "Consent to treatment\n...", "ab12", "cd34");
    }

    static ConsentView signedThenWithdrawn() {
        PlanConsent withdrawn = new PlanConsent(5, 12, 2, "regen-consent", "3", "Consent to treatment\n...", "ab12",
                "cd34", List.of(
                        new ConsentSignature(SignerRole.PATIENT, "Maria Reyes", "maria reyes", null,
                                SignatureMethod.TYPED_NAME, SignerRole.PATIENT.meaning(), SIGNED, "cd34"),
                        new ConsentSignature(SignerRole.CLINICIAN, "Dr Ada Okafor", null, UserId.of(7),
                                SignatureMethod.PASSWORD, SignerRole.CLINICIAN.meaning(), SIGNED, "cd34")),
                new ConsentWithdrawal("Changed her mind", DR, SIGNED.plusSeconds(3600)), DR, SIGNED);
        PlanConsent incomplete = new PlanConsent(6, 12, 2, "regen-consent", "3", null, "ab12", "cd34", List.of(),
                null, DR, SIGNED.plusSeconds(7200));
        return new ConsentView(12, 2, PlanStatus.DRAFT, document(),
                new ConsentCheck(2, ConsentStatus.INCOMPLETE, "The consent lacks the patient's signature.", 6L),
                List.of(withdrawn, incomplete));
    }

    static ConsentView notSigned() {
        return new ConsentView(12, 1, PlanStatus.APPROVED, document(),
                new ConsentCheck(1, ConsentStatus.NOT_SIGNED, "Version 1 has no signed consent.", null), List.of());
    }

    @Test
    void serialisesAsTheModuleRecordDid() {
        for (ConsentView view : List.of(signedThenWithdrawn(), notSigned())) {
            String before = JSON.writeValueAsString(view);
            assertThat(JSON.writeValueAsString(ConsentResponse.of(view))).isEqualTo(before);
        }
    }

    @Test
    void keepsTheFieldOrderClientsRead() {
        assertThat(JSON.writeValueAsString(ConsentResponse.of(signedThenWithdrawn())))
                .startsWith("{\"planId\":12,\"versionNumber\":2,\"versionStatus\":\"DRAFT\",\"document\":"
                        + "{\"documentId\":\"regen-consent\",\"documentVersion\":\"3\",\"effectiveDate\":\"2026-11-01\"")
                .contains("\"sections\":[{\"id\":\"risks\",\"heading\":\"Risks\",\"paragraphs\":[\"Pain at the site.\","
                        + "\"Infection.\"],\"citation\":{\"document\":\"FDA consumer alert\"")
                .contains("\"check\":{\"versionNumber\":2,\"status\":\"INCOMPLETE\",")
                .contains("{\"role\":\"PATIENT\",\"printedName\":\"Maria Reyes\",\"typedName\":\"maria reyes\","
                        + "\"signerUserId\":null,\"method\":\"TYPED_NAME\"")
                .contains("\"withdrawal\":{\"reason\":\"Changed her mind\",\"recordedBy\":{\"userId\":7,")
                .contains("\"documentText\":null");
        assertThat(JSON.writeValueAsString(ConsentResponse.of(notSigned())))
                .endsWith("\"consentId\":null},\"consents\":[]}");
    }
}
