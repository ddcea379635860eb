package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Licensed item wording comes from the clinic's folder; without it the instrument shows placeholders and scores. */
class LicensedTextTests {

    private static Path fixtureDir() throws URISyntaxException {
        return Path.of(LicensedTextTests.class.getClassLoader().getResource("followup/licensed-text").toURI());
    }

    private static String fixture() throws Exception {
        return Files.readString(fixtureDir().resolve("odi.text.json"));
    }

    @Test
    void withoutTheClinicsFileLicensedItemsShowAPlaceholderAndStillScore() {
        Instrument odi = Fixtures.CATALOG.instrument("odi");
        assertThat(odi.licence().itemText()).isEqualTo(ItemTextSource.PLACEHOLDER);
        assertThat(odi.questions()).allSatisfy(q -> assertThat(q.text())
                .contains("the wording of this item is licensed").contains("Oswestry Disability Index v2.1a"));
        assertThat(Fixtures.CATALOG.score("odi", Fixtures.all("odi", 2)).total().value()).isEqualTo(40.0);
        assertThat(Fixtures.CATALOG.instrument("ndi").licence().itemText()).isEqualTo(ItemTextSource.PLACEHOLDER);
    }

    @Test
    void theClinicsFileReplacesTheWordingButNotTheScoring() throws Exception {
        InstrumentCatalog catalog = InstrumentCatalog.load(fixtureDir());
        Instrument odi = catalog.instrument("odi");
        assertThat(odi.licence().itemText()).isEqualTo(ItemTextSource.LICENSED_OVERLAY);
        InstrumentItem first = odi.question("odi-1").orElseThrow();
        assertThat(first.text()).isEqualTo("Fixture section 1: which statement fits you best today?");
        assertThat(first.answerOptions()).extracting(AnswerOption::display).startsWith("Fixture statement 1.0");
        assertThat(first.answerOptions()).extracting(AnswerOption::ordinal).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(catalog.score("odi", Fixtures.all("odi", 2))).isEqualTo(
                Fixtures.CATALOG.score("odi", Fixtures.all("odi", 2)));
        assertThat(catalog.instrument("ndi").licence().itemText()).isEqualTo(ItemTextSource.PLACEHOLDER);
    }

    @Test
    void redistributableWordingMayNotBeOverlaid(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("koos-jr.text.json"), "{}");
        assertThatThrownBy(() -> InstrumentCatalog.load(dir)).isInstanceOf(QuestionnaireFormatException.class)
                .hasMessageContaining("koos-jr.text.json").hasMessageContaining("must not be altered");
    }

    @Test
    void anOverlayMustCoverEveryQuestion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odi.text.json"), fixture().replace("\"odi-7\"", "\"odi-7-typo\""));
        assertThatThrownBy(() -> InstrumentCatalog.load(dir)).isInstanceOf(QuestionnaireFormatException.class)
                .hasMessageContaining("item odi-7 has no licensed wording");
    }

    @Test
    void anOverlayMustNotInventAnswers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odi.text.json"),
                fixture().replaceFirst("\"5\": \"Fixture statement 1.5\"", "\"5\": \"x\", \"6\": \"y\""));
        assertThatThrownBy(() -> InstrumentCatalog.load(dir))
                .hasMessageContaining("item odi-1 has no answer with code \"6\"");
    }

    @Test
    void anOverlayMustNameItsInstrumentAndLicence(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("odi.text.json"), fixture().replace("\"questionnaire\": \"odi\"",
                "\"questionnaire\": \"ndi\""));
        assertThatThrownBy(() -> InstrumentCatalog.load(dir)).hasMessageContaining("must be \"odi\"");
        Files.writeString(dir.resolve("odi.text.json"), fixture().replaceFirst("\"licence\": \"[^\"]*\"",
                "\"licence\": \"\""));
        assertThatThrownBy(() -> InstrumentCatalog.load(dir)).hasMessageContaining("non-empty \"licence\"");
    }
}
