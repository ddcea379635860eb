package org.regenpath.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.Laterality;

/**
 * The demo patients who are further down the treatment path than a pain profile, and how far. Everything is
 * fictional and happens on the day the demo data is loaded, through the modules' APIs and the application's own
 * clock: nothing is back-dated, so what the pages show is what happened. The follow-ups then come due as the real
 * days pass.
 *
 * <p>Only the first clinic has demo product settings ({@link DemoProductSettings}), so only it has stories; the
 * second clinic's patients stay at their pain profiles.
 */
final class DemoStories {

    /** How far a patient has gone. */
    enum Stage {
        /** Candidacy decided, plan approved with consent; the baseline questionnaires are due before the procedure. */
        PLANNED,
        /**
         * As {@link #PLANNED}, the baseline answered, then the cell product collected, processed, QC-tested,
         * released by a second person, injected at the bedside and the procedure recorded: follow-ups are dated.
         */
        TREATED
    }

    /** The one injection site of a story's plan. */
    record Site(String region, Laterality laterality, BigDecimal volumeMl) {}

    /**
     * One patient's story.
     *
     * @param clinic the clinic's index in {@link DemoData#CLINICS}
     * @param family the patient's family name in {@link DemoPatients#PATIENTS}
     * @param condition the catalog id of the pain condition treated (in {@link DemoPainProfiles#PROFILES})
     * @param stage how far the patient goes
     * @param daysToProcedure the planned harvest and injection day, in days from the day the demo loads
     * @param site where the cells go
     * @param guidance how the needle is guided
     * @param template the follow-up schedule template
     * @param rehabilitation the rehabilitation protocol of the plan
     * @param cost what the patient pays, in US dollars (a demo figure)
     * @param baseline the baseline answers (instrument id, then linkId to answer ordinal); empty when not answered
     * @param solicited the checklist after the procedure the patient answers by phone, or {@code null}
     */
    record Story(int clinic, String family, String condition, Stage stage, int daysToProcedure, Site site,
            ImageGuidance guidance, String template, String rehabilitation, BigDecimal cost,
            Map<String, Map<String, Integer>> baseline, Solicited solicited) {}

    /**
     * A solicited checklist answered by phone: one item "yes" with the patient's severity, the others "no".
     *
     * @param day the checklist's day after the procedure
     * @param item the item answered "yes" (its id in {@code clinical/safety/solicited-checklist.json})
     * @param severity how bad the patient says it is
     */
    record Solicited(int day, String item, ProblemSeverity severity) {}

    /**
     * Daniel Reyes, a runner with left Achilles tendinopathy, is treated on the day the demo loads; he filled in the
     * baseline questionnaires on paper at the clinic that morning and the coordinator entered them. He rings the
     * clinic that evening about a mildly swollen heel, and the coordinator enters it as his day-2 checklist's
     * answers (injection-site swelling, mild; everything else no), which puts it on the triage list. Thomas Okafor's
     * intradiscal injection for L4-L5 disc degeneration is planned two weeks out; his baseline questionnaires are
     * due and unanswered, so he is on the coordinator's dashboard.
     */
    static final List<Story> STORIES = List.of(
            new Story(0, "Reyes", "achilles-tendinopathy", Stage.TREATED, 0,
                    new Site("Achilles tendon", Laterality.LEFT, new BigDecimal("3.0")), ImageGuidance.ULTRASOUND,
                    "default", "Walking boot for two weeks, then eccentric loading; no running for six weeks",
                    new BigDecimal("4800"), Map.of(
                            "nrs-11", Map.of("nrs", 5),
                            "peg-3", Map.of("peg-1", 5, "peg-2", 4, "peg-3", 6),
                            "phq-9", Map.of("phq9-1", 1, "phq9-2", 0, "phq9-3", 1, "phq9-4", 1, "phq9-5", 0,
                                    "phq9-6", 0, "phq9-7", 0, "phq9-8", 0, "phq9-9", 0, "phq9-difficulty", 1)),
                    new Solicited(2, "injection-swelling", ProblemSeverity.MILD)),
            new Story(0, "Okafor", "ddd-lumbar", Stage.PLANNED, 14,
                    new Site("L4-L5 disc", Laterality.MIDLINE, new BigDecimal("2.0")), ImageGuidance.FLUOROSCOPY,
                    "ichom-low-back", "Walking from day one; core stabilisation from week two", new BigDecimal("5200"),
                    Map.of(), null));

    /** What the lab uses, named so that a recall trace by kit lot or device finds only demo products. */
    static final String HARVEST_NEEDLE = "Demo 11G bone marrow aspiration needle";
    static final String CENTRIFUGE = "Demo BMC centrifuge";
    static final String KIT_LOT = "DEMO-BMC-0001";
    static final String PROCESSING = "Bone marrow concentrate per the demo lab SOP";

    private DemoStories() {}

    /** The stories of one clinic. */
    static List<Story> of(int clinic) {
        return STORIES.stream().filter(s -> s.clinic() == clinic).toList();
    }
}
