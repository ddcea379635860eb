package org.regenpath.instrument;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;

/**
 * The instruments Regenpath ships, read once from {@code clinical/questionnaires/<id>.json}, checked against
 * their scoring rules, and scored on request. Immutable and thread-safe; pure (no Spring, no database).
 *
 * <p>Instruments whose wording is licensed (ODI v2.1a, NDI) ship structure and scoring only. Point
 * {@code licensedTextDir} (configuration {@code regenpath.followup.licensed-text-dir}) at a folder holding the
 * clinic's {@code <id>.text.json} files to show the licensed wording; without it those instruments still score and
 * their items show a placeholder saying the wording is licensed.
 */
public final class InstrumentCatalog {

    /** The shipped instruments, in the order a clinician reads them. */
    public static final List<String> SHIPPED = List.of(
            "nrs-11", "peg-3", "koos-jr", "hoos-jr", "koos", "phq-9", "pgic", "odi", "ndi");

    static final String FOLDER = "clinical/questionnaires/";

    private final Map<String, Instrument> instruments;
    private final Map<String, IntervalTable> tables;
    private final Map<String, ScoringRule> rules;

    private InstrumentCatalog(Map<String, Instrument> instruments, Map<String, IntervalTable> tables) {
        this.tables = Map.copyOf(tables);
        this.rules = Stream.of(new NrsRule(), new PegRule(), new KoosRule(), new HssIntervalRule(tables),
                new Phq9Rule(), new PgicRule(), new OdiRule(), new NdiRule())
                .collect(Collectors.toUnmodifiableMap(ScoringRule::id, Function.identity()));
        instruments.values().forEach(i -> rule(i).check(i));
        this.instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
    }

    /** The shipped instruments without licensed wording (placeholders for ODI and NDI). */
    public static InstrumentCatalog load() {
        return load(null);
    }

    /**
     * The shipped instruments, with the clinic's licensed wording from {@code licensedTextDir} where present.
     *
     * @param licensedTextDir the folder of {@code <id>.text.json} files, or {@code null} for none
     * @throws QuestionnaireFormatException naming the file when any file is malformed
     */
    public static InstrumentCatalog load(Path licensedTextDir) {
        Map<String, Instrument> loaded = new LinkedHashMap<>();
        for (String id : SHIPPED) {
            String resource = FOLDER + id + ".json";
            Instrument parsed = QuestionnaireParser.parse(resource, Json.readResource(resource));
            loaded.put(id, LicensedText.apply(parsed, licensedTextDir));
        }
        return new InstrumentCatalog(loaded, IntervalTables.load());
    }

    /** A catalog of given instruments (tests and tools); each is checked against its scoring rule. */
    static InstrumentCatalog of(List<Instrument> instruments, Map<String, IntervalTable> tables) {
        Map<String, Instrument> byId = new LinkedHashMap<>();
        instruments.forEach(i -> byId.put(i.id(), i));
        return new InstrumentCatalog(byId, tables);
    }

    /** Every instrument, in {@link #SHIPPED} order. */
    public List<Instrument> instruments() {
        return List.copyOf(instruments.values());
    }

    /**
     * The instrument with this id.
     *
     * @throws NotFound when there is none
     */
    public Instrument instrument(String id) {
        Instrument instrument = instruments.get(id);
        if (instrument == null) {
            throw new NotFound("There is no instrument \"" + id + "\".");
        }
        return instrument;
    }

    /**
     * Whether patients can be shown this instrument: its wording ships with Regenpath or the clinic installed its
     * licensed copy. One they cannot be shown is never scheduled or sent to them.
     */
    public boolean answerable(String id) {
        return instrument(id).licence().itemText() != ItemTextSource.PLACEHOLDER;
    }

    /**
     * Why patients are not sent this instrument and what to install, for staff; empty when it is
     * {@link #answerable}.
     */
    public Optional<String> notSentBecause(String id) {
        if (answerable(id)) {
            return Optional.empty();
        }
        Instrument i = instrument(id);
        return Optional.of("The licensed wording of " + i.shortTitle() + " is not installed, so it is never sent to "
                + "patients. To use it, install the clinic's licensed copy as " + id + LicensedText.SUFFIX
                + " in the folder named by the setting regenpath.followup.licensed-text-dir "
                + "(environment REGENPATH_FOLLOWUP_LICENSED_TEXT_DIR) and restart.");
    }

    /** The HSS interval table of KOOS JR or HOOS JR. */
    public Optional<IntervalTable> intervalTable(String instrumentId) {
        return Optional.ofNullable(tables.get(instrumentId));
    }

    /**
     * Scores one response.
     *
     * @param instrumentId the instrument answered
     * @param answers the answer ordinals by linkId; a question left out (or mapped to {@code null}) is unanswered
     * @return the score of each scale; a scale with too many missing answers is reported as not scored, with why
     * @throws InvalidInput before anything is scored when an answer names an unknown question or lies outside
     *     its question's scale (field = linkId)
     */
    public Score score(String instrumentId, Map<String, Integer> answers) {
        Instrument instrument = instrument(instrumentId);
        return rule(instrument).score(instrument, Answers.check(instrument, answers));
    }

    private ScoringRule rule(Instrument instrument) {
        ScoringRule rule = rules.get(instrument.scoring().rule());
        if (rule == null) {
            throw new QuestionnaireFormatException(instrument.id() + ": unknown scoring rule \""
                    + instrument.scoring().rule() + "\"; known: " + rules.keySet().stream().sorted().toList());
        }
        return rule;
    }
}
