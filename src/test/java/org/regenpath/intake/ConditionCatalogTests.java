package org.regenpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped catalog: covers every condition DOMAIN.md names, with well-formed, current, consistent codes. */
class ConditionCatalogTests {

    static final CatalogData CATALOG = ConditionCatalogLoader.load();

    /** DOMAIN.md "Conditions in scope", phrase by phrase, and the catalog id that covers it. */
    static final Map<String, String> DOMAIN_CONDITIONS = Map.ofEntries(
            Map.entry("osteoarthritis (knee)", "knee-oa"),
            Map.entry("osteoarthritis (hip)", "hip-oa"),
            Map.entry("osteoarthritis (shoulder)", "shoulder-oa"),
            Map.entry("osteoporosis-related pain", "osteoporosis-pain"),
            Map.entry("tendon injuries (rotator cuff)", "rotator-cuff"),
            Map.entry("tendon injuries (Achilles)", "achilles-tendinopathy"),
            Map.entry("tendonitis", "other-tendinopathy"),
            Map.entry("ligament injuries, sports injuries", "ligament-injury"),
            Map.entry("degenerative disc disease / discogenic back pain (lumbar)", "ddd-lumbar"),
            Map.entry("degenerative disc disease (cervical)", "ddd-cervical"),
            Map.entry("chronic back pain", "low-back-pain"),
            Map.entry("neck pain", "neck-pain"),
            Map.entry("radiculopathy", "radiculopathy"),
            Map.entry("trigeminal neuralgia", "trigeminal-neuralgia"),
            Map.entry("polyneuropathy", "polyneuropathy"),
            Map.entry("peripheral nerve injury", "peripheral-nerve-injury"),
            Map.entry("postherpetic neuralgia", "postherpetic-neuralgia"),
            Map.entry("diabetic peripheral neuropathy", "diabetic-neuropathy"),
            Map.entry("pain after brain injury", "brain-injury-pain"),
            Map.entry("multiple sclerosis", "ms-pain"),
            Map.entry("spinal cord injury", "sci-pain"),
            Map.entry("central post-stroke pain", "central-post-stroke-pain"),
            Map.entry("rheumatoid arthritis and others", "inflammatory-arthritis"));

    @Test
    void coversEveryConditionInScope() {
        for (var entry : DOMAIN_CONDITIONS.entrySet()) {
            assertThat(CATALOG.condition(entry.getValue())).as(entry.getKey()).isPresent();
        }
        assertThat(CATALOG.conditions()).hasSize(DOMAIN_CONDITIONS.size());
    }

    @Test
    void putsEachConditionInTheSeedsCategory() {
        assertThat(CATALOG.condition("knee-oa").orElseThrow().category()).isEqualTo(ConditionCategory.MUSCULOSKELETAL);
        assertThat(CATALOG.condition("ddd-lumbar").orElseThrow().category()).isEqualTo(ConditionCategory.SPINAL);
        assertThat(CATALOG.condition("radiculopathy").orElseThrow().category()).isEqualTo(ConditionCategory.NEUROPATHIC);
        assertThat(CATALOG.condition("inflammatory-arthritis").orElseThrow().category())
                .isEqualTo(ConditionCategory.INFLAMMATORY);
    }

    @Test
    void everyCodeIsWellFormedAndNamesWhereItWasChecked() {
        for (CatalogCondition c : CATALOG.conditions()) {
            assertThat(c.codes()).as(c.id()).isNotEmpty();
            for (ConditionCode code : c.codes()) {
                assertThat(code.code()).as(c.id()).matches(ConditionCatalogLoader.ICD10CM);
                assertThat(code.display()).as(code.code()).isNotBlank();
                assertThat(code.source()).as(code.code()).isNotBlank();
                if (code.verified()) {
                    assertThat(code.source()).as(code.code()).containsAnyOf("http", "clinical-standards.md");
                }
            }
        }
    }

    @Test
    void sideSpecificCodesMatchTheSideTheirTitleNames() {
        for (CatalogCondition c : CATALOG.conditions()) {
            for (ConditionCode code : c.codes()) {
                String title = code.display().toLowerCase(Locale.ROOT);
                Laterality expected = title.contains("bilateral") ? Laterality.BILATERAL
                        : title.contains("right") ? Laterality.RIGHT
                        : title.contains("left") ? Laterality.LEFT
                        : null;
                assertThat(code.laterality()).as(code.code() + " " + code.display()).isEqualTo(expected);
                if (code.hasLaterality()) {
                    assertThat(c.lateralityApplies()).as(code.code()).isTrue();
                }
            }
        }
    }

    @Test
    void kneeOsteoarthritisHasTheSideSpecificPrimaryCodes() {
        CatalogCondition knee = CATALOG.condition("knee-oa").orElseThrow();
        assertThat(knee.code("M17.11").orElseThrow().laterality()).isEqualTo(Laterality.RIGHT);
        assertThat(knee.code("M17.12").orElseThrow().laterality()).isEqualTo(Laterality.LEFT);
        assertThat(knee.code("M17.0").orElseThrow().laterality()).isEqualTo(Laterality.BILATERAL);
        assertThat(knee.osteoarthritis()).isTrue();
    }

    @Test
    void containsNoRetiredOrSideUnspecifiedCodes() {
        List<String> all = CATALOG.conditions().stream()
                .flatMap(c -> c.codes().stream())
                .map(ConditionCode::code)
                .toList();
        assertThat(all).doesNotContain("M54.5", "M51.36", "M51.37", "G35", "M17.10", "M17.9", "M16.10");
        assertThat(all).doesNotHaveDuplicates();
        assertThat(CATALOG.retired()).containsKeys("M54.5", "G35");
        assertThat(all).containsAll(CATALOG.retired().get("M54.5").replacedBy());
    }

    @Test
    void evidenceIsGradedAndSourcedAndNeverClaimsMoreThanModerate() {
        for (CatalogCondition c : CATALOG.conditions()) {
            assertThat(c.evidence().level()).as(c.id()).isIn(EvidenceLevel.LOW, EvidenceLevel.VERY_LOW);
            assertThat(c.evidence().summary()).as(c.id()).isNotBlank();
            assertThat(c.evidence().sources()).as(c.id()).isNotEmpty()
                    .noneMatch(s -> s.contains("shared/") || s.contains("seeds") || s.contains(".txt"));
            assertThat(c.evidence().summary()).as(c.id()).doesNotContainIgnoringCase("seed");
        }
    }

    @Test
    void conditionsWithVeryLowEvidenceCiteTheIsscrGuidelines() {
        assertThat(CATALOG.conditions()).filteredOn(c -> c.evidence().level() == EvidenceLevel.VERY_LOW)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.evidence().sources()).as(c.id())
                        .anyMatch(s -> s.contains("ISSCR Guidelines for Stem Cell Research and Clinical Translation")));
    }

    @Test
    void codeLevelBodySitesAreSitesOfTheirCondition() {
        for (CatalogCondition c : CATALOG.conditions()) {
            for (ConditionCode code : c.codes()) {
                assertThat(code.bodySites()).as(code.code()).allMatch(c::allowsSite);
            }
        }
    }
}
