package org.regenpath.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ProductType;

/**
 * The shipped consent document covers what the ISSCR standard and issue #4 ask, is rendered for one plan
 * version (its regulatory class, harvest site, evidence level and cost), and hashes so that any change of the
 * text or the plan breaks the link to an earlier signature.
 */
class ConsentDocumentTests {

    static final ConsentDocument DOCUMENT = ConsentDocument.fromClasspath();

    /** The consent facts of a plan as the application builds them: classified by the shipped rules. */
    static ConsentFacts facts(PlanDetails details) {
        RegulatoryClassification c = PlanFixtures.CLASSIFIER.classify(details.pathway());
        return new ConsentFacts("Demo Regenerative Pain Clinic", "Testa Planning", 12, 1, details, c.pathway(),
                ConsentFacts.regulatoryFacts(c), ConsentFacts.regulatoryUncertainty(c),
                "Knee osteoarthritis", "Low", "Small trials of different products.",
                List.of("Kolasinski SL et al. 2019 ACR/AF guideline"), "Standard: 1, 3, 6, 12 and 24 months");
    }

    static Map<String, String> sections(RenderedConsent r) {
        return r.sections().stream().collect(Collectors.toMap(RenderedConsent.Section::id,
                s -> String.join(" ", s.paragraphs())));
    }

    @Test
    void theShippedDocumentCoversEveryRequiredDisclosureWithASource() {
        assertThat(DOCUMENT.id()).isEqualTo("regenpath-cell-therapy-consent");
        assertThat(DOCUMENT.sections()).extracting(ConsentDocument.Section::id)
                .containsAll(ConsentDocument.REQUIRED_SECTIONS);
        assertThat(DOCUMENT.sections()).allSatisfy(s -> assertThat(s.citation().document()).isNotBlank());
    }

    @Test
    void aMarrowPlanToTheKneeReadsAsNotAnHctpWithTheOpenQuestionTheHipAsHarvestSiteItsEvidenceAndCost() {
        RenderedConsent r = DOCUMENT.render(facts(PlanFixtures.marrowToLeftKnee()), "{\"plan\":1}");
        Map<String, String> s = sections(r);
        assertThat(s.get("regulatory-status"))
                .contains("has not approved this treatment for your condition (Knee osteoarthritis)")
                .contains("Not an HCT/P (21 CFR 1271.3(d))")
                .contains("the product is made from your own bone marrow")
                .contains("(homologous use) (the clinic's statement)")
                .contains("do not apply to this product").contains("does not mean that FDA has reviewed")
                .contains("Uncertain: Whether bone marrow concentrate injected into an arthritic joint")
                .contains("has not been reviewed by an independent regulatory adviser")
                .doesNotContain("361").doesNotContain("must register").doesNotContain("1271.15(b)");
        assertThat(s.get("risks")).contains("iliac crest").contains("Infection").contains("forming a tumour")
                .doesNotContain("Screening").doesNotContain("incision, usually from the abdomen");
        assertThat(s.get("evidence")).contains("help it: Low").contains("Small trials of different products.")
                .contains("Kolasinski");
        assertThat(s.get("costs")).contains("USD 4,800.00 (test value)").contains("usually does not cover");
        assertThat(s.get("treatment")).contains("left knee joint, 4.0 mL").contains("7 December 2026");
        assertThat(s.get("voluntary")).contains("withdraw your consent at any time");
        assertThat(s.get("treatment")).contains("Product: Bone marrow concentrate, from autologous bone marrow");
        assertThat(r.text()).contains("Testa Planning").contains("Demo Regenerative Pain Clinic")
                .contains("\nSource: ISSCR, Informed Consent Standard").doesNotContain("{");
    }

    @Test
    void eachOutcomeSaysWhatTheEngineConcludedOnWhatFactsAndNothingMore() {
        PlanDetails svf = PlanFixtures.details(PathwayFacts.of(CellSource.AUTOLOGOUS_ADIPOSE,
                ProductType.ADIPOSE_SVF_ENZYMATIC, null));
        Map<String, String> s = sections(DOCUMENT.render(facts(svf), "{}"));
        assertThat(s.get("regulatory-status")).contains("drug, device and/or biological product")
                .contains("an IND, or for a device an IDE").contains("not standard care")
                .contains("more than minimally (follows from the product type)")
                .contains("(FDA's position for this product at these sites)");
        assertThat(s.get("risks")).contains("abdomen or thigh").doesNotContain("iliac crest");

        Map<String, String> amnion = sections(DOCUMENT.render(facts(PlanFixtures.amnioticMembraneOnWound()), "{}"));
        assertThat(amnion.get("regulatory-status")).contains("361 HCT/P").contains("must register with FDA")
                .contains("the product comes from a donor").contains("This is not FDA approval")
                .contains("Uncertain: The rules do not recognise the site");
        assertThat(amnion.get("risks")).contains("the product is made from donated birth tissue")
                .doesNotContain("the cells come from");

        Map<String, String> e = sections(DOCUMENT.render(facts(PlanFixtures.marrowToLeftAchilles()), "{}"));
        assertThat(e.get("regulatory-status")).contains("1271.15(b)").contains("An exception is not an FDA review")
                .contains("it is taken and injected in the same procedure")
                .contains("(non-homologous use) (FDA's position for this product at these sites)")
                .doesNotContain("must register").doesNotContain("Not an HCT/P");

        Map<String, String> prp = sections(DOCUMENT.render(facts(PlanFixtures.prpToLeftKnee()), "{}"));
        assertThat(prp.get("regulatory-status")).contains("Not an HCT/P").contains("made from your own blood")
                .contains("do not apply to this product").doesNotContain("Uncertain:");
        assertThat(prp.get("risks")).contains("Blood draw").doesNotContain("tumour").doesNotContain("iliac crest");
    }

    @Test
    void aPlanWithoutACostSaysConsentWaitsForIt() {
        PlanDetails d = PlanFixtures.marrowToLeftKnee();
        PlanDetails noCost = new PlanDetails(d.targetConditionId(), d.sites(), d.pathway(), d.processingMethod(),
                d.processingDevice(), d.imageGuidance(), d.rehabilitationProtocol(), d.followUpTemplateId(),
                d.plannedHarvestDate(), d.plannedProcedureDate(), null);
        assertThat(sections(DOCUMENT.render(facts(noCost), "{}")).get("costs"))
                .contains("not yet stated by the clinic");
    }

    @Test
    void theHashLinksTheTextAndThePlanContentSoEitherChangeBreaksIt() {
        ConsentFacts f = facts(PlanFixtures.marrowToLeftKnee());
        RenderedConsent once = DOCUMENT.render(f, "{\"v\":1}");
        RenderedConsent again = DOCUMENT.render(f, "{\"v\":1}");
        assertThat(again.sha256()).isEqualTo(once.sha256()).hasSize(64);
        assertThat(once.sha256()).isEqualTo(RenderedConsent.linkHash(once.text(), "{\"v\":1}"));
        RenderedConsent edited = DOCUMENT.render(f, "{\"v\":2}");
        assertThat(edited.text()).isEqualTo(once.text());
        assertThat(edited.sha256()).isNotEqualTo(once.sha256());
        assertThat(edited.planSha256()).isNotEqualTo(once.planSha256());
        RenderedConsent otherName = DOCUMENT.render(new ConsentFacts(f.clinicName(), "Another Name", f.planId(),
                f.versionNumber(), f.details(), f.pathway(), f.regulatoryFacts(), f.regulatoryUncertainty(),
                f.conditionName(), f.evidenceLevel(),
                f.evidenceSummary(), f.evidenceSources(), f.followUpLabel()), "{\"v\":1}");
        assertThat(otherName.sha256()).isNotEqualTo(once.sha256());
        assertThat(otherName.planSha256()).isEqualTo(once.planSha256());
    }

    @Test
    void theLoaderRefusesUnknownPlaceholdersMissingSectionsAndUncitedSections() {
        String section = """
                {"id": "%s", "heading": "H", "source": "S", "passage": "p", "verified": true,
                 "paragraphs": [{"text": "%s"}]}""";
        String sections = ConsentDocument.REQUIRED_SECTIONS.stream().map(id -> section.formatted(id, "Text"))
                .collect(Collectors.joining(","));
        String file = """
                {"id": "d", "version": "1", "effectiveDate": "2026-11-24", "title": "T",
                 "sources": [{"id": "S", "document": "Source"}], "sections": [%s]}""";
        assertThat(load(file.formatted(sections)).sections()).hasSize(ConsentDocument.REQUIRED_SECTIONS.size());
        assertThatThrownBy(() -> load(file.formatted(sections + "," + section.formatted("x", "{patientAge}"))))
                .isInstanceOf(InvalidRuleData.class).hasMessageContaining("unknown placeholder {patientAge}");
        assertThatThrownBy(() -> load(file.formatted(section.formatted("risks", "Text"))))
                .isInstanceOf(InvalidRuleData.class).hasMessageContaining("lacks the required section");
        assertThatThrownBy(() -> load(file.formatted(sections.replace("\"source\": \"S\"", "\"source\": \"Q\""))))
                .isInstanceOf(InvalidRuleData.class).hasMessageContaining("cites no known \"source\"");
        assertThatThrownBy(() -> load(file.formatted(sections).replace("\"title\": \"T\",", "\"title\": \"T\","
                + " \"colour\": \"red\",")))
                .isInstanceOf(InvalidRuleData.class).hasMessageContaining("colour");
    }

    private static ConsentDocument load(String json) {
        return ConsentDocumentLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }
}
