package org.regenpath.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped Questionnaire file parses, names its source and licence, and matches its scoring rule. */
class QuestionnaireFilesTests {

    /** Scale each instrument's scored answers must span, per its manual. */
    private static final Map<String, int[]> SCALES = Map.of(
            "nrs-11", new int[] {0, 10, 1}, "peg-3", new int[] {0, 10, 3}, "koos-jr", new int[] {0, 4, 7},
            "hoos-jr", new int[] {0, 4, 6}, "koos", new int[] {0, 4, 42}, "phq-9", new int[] {0, 3, 9},
            "pgic", new int[] {1, 7, 1}, "odi", new int[] {0, 5, 10}, "ndi", new int[] {0, 5, 10});

    @Test
    void everyShippedFileParsesAndPassesItsScoringRulesChecks() {
        assertThat(Fixtures.CATALOG.instruments()).extracting(Instrument::id)
                .containsExactlyElementsOf(InstrumentCatalog.SHIPPED);
    }

    @Test
    void noQuestionnaireFileLiesInTheFolderWithoutBeingShipped() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(getClass().getClassLoader().getResource(InstrumentCatalog.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.contains("-tables") && !n.startsWith("instrument-sets")
                            && !n.startsWith("schedule-templates"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(InstrumentCatalog.SHIPPED);
        }
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void eachFileNamesItsSourceLicenceAndCopyright(Instrument instrument) {
        assertThat(instrument.source()).as("source").hasSizeGreaterThan(40);
        assertThat(instrument.licence().note()).as("licence note").hasSizeGreaterThan(40);
        assertThat(instrument.copyright()).as("copyright").isNotBlank();
        assertThat(instrument.url()).isEqualTo("https://regenpath.org/fhir/Questionnaire/" + instrument.id());
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void ordinalsMatchTheScaleOfTheManual(Instrument instrument) {
        int[] scale = SCALES.get(instrument.id());
        assertThat(instrument.scoredQuestions()).hasSize(scale[2]).allSatisfy(q -> assertThat(q.answerOptions())
                .extracting(AnswerOption::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(scale[0], scale[1]).boxed().toList()));
    }

    @Test
    void onlyVerifiedLoincCodesAreUsedAndTheRestAreLocal() {
        assertThat(Fixtures.CATALOG.instruments().stream().filter(i -> i.code().isLoinc())
                .collect(Collectors.toMap(Instrument::id, i -> i.code().code())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("nrs-11", "72514-3", "peg-3", "91147-9",
                        "phq-9", "44261-6"));
        assertThat(Fixtures.CATALOG.instruments()).filteredOn(i -> !i.code().isLoinc())
                .allSatisfy(i -> assertThat(i.code().system()).isEqualTo(Coding.LOCAL_SYSTEM));
    }

    @Test
    void loincFilesCarryTheLoincNotice() {
        assertThat(Fixtures.CATALOG.instruments()).filteredOn(i -> i.code().isLoinc())
                .allSatisfy(i -> assertThat(i.copyright()).contains("LOINC is copyright Regenstrief Institute"));
    }

    @Test
    void licensedWordingShipsOnlyAsStructure() {
        assertThat(Fixtures.CATALOG.instruments()).filteredOn(i -> i.licence().terms() == TextLicence.LICENSED)
                .extracting(Instrument::id).containsExactlyInAnyOrder("odi", "ndi");
        assertThat(Fixtures.CATALOG.instrument("odi").question("odi-1").orElseThrow().text())
                .startsWith("Section 1 (0–5)");
    }

    @Test
    void koosFirstBoxScoresZeroEvenWhereTheLabelsRunFromAlwaysToNever() {
        Instrument koos = Fixtures.CATALOG.instrument("koos");
        InstrumentItem s4 = koos.question("S4").orElseThrow();
        assertThat(s4.answerOptions().get(0)).isEqualTo(new AnswerOption("0", "Always", 0));
        assertThat(s4.answerOptions().get(4)).isEqualTo(new AnswerOption("4", "Never", 4));
        assertThat(koos.ordinalOf("Q1", "4")).isEqualTo(4);
        assertThat(koos.question("Q1").orElseThrow().answerOptions().get(4).display()).isEqualTo("Constantly");
    }

    @Test
    void phq9CarriesItsCopyrightLineAndAsksTheDifficultyQuestionWithoutScoringIt() {
        Instrument phq = Fixtures.CATALOG.instrument("phq-9");
        assertThat(phq.copyright()).startsWith("Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt "
                + "Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to "
                + "reproduce, translate, display or distribute.");
        assertThat(phq.questions()).hasSize(10);
        assertThat(phq.question("phq9-difficulty").orElseThrow().scored()).isFalse();
    }

    @Test
    void eachInstrumentStatesItsDirectionRangeAndMcid() {
        assertThat(Fixtures.CATALOG.instrument("nrs-11").scoring().mcid().value()).isEqualByComparingTo("2");
        assertThat(Fixtures.CATALOG.instrument("odi").scoring().mcid().value()).isEqualByComparingTo("10");
        assertThat(Fixtures.CATALOG.instrument("ndi").scoring().mcid().value()).isEqualByComparingTo("10");
        assertThat(Fixtures.CATALOG.instrument("phq-9").scoring().mcid().value()).isEqualByComparingTo("5");
        assertThat(Stream.of("peg-3", "koos", "koos-jr", "hoos-jr", "pgic")
                .map(id -> Fixtures.CATALOG.instrument(id).scoring().mcidIfAny())).allMatch(m -> m.isEmpty());
        assertThat(Stream.of("koos", "koos-jr", "hoos-jr")
                .map(id -> Fixtures.CATALOG.instrument(id).scoring().direction()))
                .containsOnly(Direction.HIGHER_IS_BETTER);
        assertThat(Stream.of("nrs-11", "peg-3", "phq-9", "odi", "ndi")
                .map(id -> Fixtures.CATALOG.instrument(id).scoring().direction()))
                .containsOnly(Direction.LOWER_IS_BETTER);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("\"resourceType\": \"Questionnaire\"", "\"resourceType\": \"Patient\"",
                        "must have \"resourceType\": \"Questionnaire\""),
                Arguments.of("\"url\": \"" + QuestionnaireParser.EXT + "source-citation\"",
                        "\"url\": \"" + QuestionnaireParser.EXT + "something-else\"",
                        "needs the extension " + QuestionnaireParser.EXT + "source-citation"),
                Arguments.of("\"url\": \"" + QuestionnaireParser.EXT + "licence-note\"",
                        "\"url\": \"" + QuestionnaireParser.EXT + "unknown\"", "licence-note"),
                Arguments.of("\"url\": \"" + QuestionnaireParser.ORDINAL_VALUE + "\"",
                        "\"url\": \"http://example.org/other\"", "item nrs answerOption 1 has no ordinalValue"),
                Arguments.of("\"id\": \"nrs-11\"", "\"id\": \"nrs-12\"", "the file must then be named nrs-12.json"),
                Arguments.of("\"type\": \"choice\"", "\"type\": \"integer\"", "item nrs has type integer"),
                Arguments.of("\"linkId\": \"nrs\"", "\"linkId\": \"\"", "needs a non-empty \"linkId\""),
                Arguments.of("\"resourceType\"", "\"resourceType\" ::", "not valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedFileFailsWithAMessageNamingTheFileAndTheProblem(String from, String to, String message) {
        String file = "clinical/questionnaires/nrs-11.json";
        String original = Fixtures.resourceText(file);
        assertThat(original).contains(from);
        assertThatThrownBy(() -> QuestionnaireParser.parse(file, Fixtures.json(file, original.replace(from, to))))
                .isInstanceOf(QuestionnaireFormatException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining(message);
    }

    @Test
    void anUnknownScoringRuleOrAWrongItemCountFailsTheCatalog() {
        String file = "clinical/questionnaires/nrs-11.json";
        String text = Fixtures.resourceText(file);
        Instrument unknownRule = QuestionnaireParser.parse(file,
                Fixtures.json(file, text.replace("\"valueCode\": \"nrs-raw\"", "\"valueCode\": \"nrs-magic\"")));
        assertThatThrownBy(() -> InstrumentCatalog.of(java.util.List.of(unknownRule), Map.of()))
                .isInstanceOf(QuestionnaireFormatException.class).hasMessageContaining("unknown scoring rule");
        Instrument pegAsNrs = QuestionnaireParser.parse("clinical/questionnaires/peg-3.json",
                Fixtures.json("peg-3.json", Fixtures.resourceText("clinical/questionnaires/peg-3.json")
                        .replace("\"valueCode\": \"peg-mean\"", "\"valueCode\": \"nrs-raw\"")));
        assertThatThrownBy(() -> InstrumentCatalog.of(java.util.List.of(pegAsNrs), Map.of()))
                .hasMessage("peg-3: rule expects 1 scored questions, file has 3");
    }

    static Stream<Instrument> instruments() {
        return Fixtures.CATALOG.instruments().stream();
    }
}
